package com.mediaflow.files.web;

import com.mediaflow.files.StoredFile;
import com.mediaflow.files.internal.FileContent;
import com.mediaflow.files.internal.FileContents;
import com.mediaflow.files.internal.FileRecords;
import com.mediaflow.files.internal.FileUploads;
import com.mediaflow.shared.ratelimit.RateLimiter;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/files")
@Tag(name = "Files")
class FilesController {

    private final FileUploads uploads;
    private final FileRecords records;
    private final FileContents contents;
    private final RateLimiter rateLimiter;

    FilesController(FileUploads uploads, FileRecords records, FileContents contents, RateLimiter rateLimiter) {
        this.uploads = uploads;
        this.records = records;
        this.contents = contents;
        this.rateLimiter = rateLimiter;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Upload a file and attach it to a record",
            description = "A `multipart/form-data` body with `file`, `entity_type` (contact, project, task, expense, "
                    + "proposal, organization) and `entity_id` (for the studio's own files, such as its logo: the nil UUID "
                    + "`00000000-0000-0000-0000-000000000000`). You need to be allowed to change the record's files: "
                    + "a record hidden from you is a 404, one you may only see is a 403. The type is read from the "
                    + "content, never the name, and must be on the allow-list (415 otherwise, with "
                    + "`detected_type` and `allowed_types`); files over the size limit (100 MB by default) are a "
                    + "413; an empty file, a name with a path, and images over 50 megapixels or 20000 pixels a "
                    + "side are a 400. Nothing is kept when an upload is refused. Uploads count against a limit of "
                    + "10 per hour per member (429). Images and videos get a thumbnail shortly after.")
    @ApiResponse(responseCode = "201", description = "The file as stored")
    @ApiResponse(responseCode = "404", description = "The record does not exist or is hidden from you")
    @ApiResponse(responseCode = "413", description = "The file is larger than the limit")
    @ApiResponse(responseCode = "415", description = "The file's type (read from its content) is not accepted")
    ResponseEntity<StoredFile> upload(
            @RequestPart("file") MultipartFile file,
            @RequestParam("entity_type") String entityType,
            @RequestParam("entity_id") UUID entityId,
            @AuthenticationPrincipal CurrentUser user) {
        rateLimiter.consume("uploads", rateLimiter.properties().uploads(), "member:" + user.id());
        StoredFile stored;
        try (var content = file.getInputStream()) {
            stored = uploads.store(entityType.strip(), entityId, file.getOriginalFilename(), content, user);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
        return ResponseEntity.created(URI.create("/api/files/" + stored.id())).body(stored);
    }

    @GetMapping
    @Operation(
            summary = "List the files of a record",
            description = "`entity_type` and `entity_id` name the record; a record hidden from you is a 404. "
                    + "Sortable by created_at, file_name, size_bytes, content_type; newest first by default.")
    @ApiResponse(responseCode = "200", description = "A page of the record's files")
    @ApiResponse(responseCode = "404", description = "The record does not exist or is hidden from you")
    PageResponse<StoredFile> list(
            @ParameterObject FileFilter filter,
            @ParameterObject Paging paging,
            @AuthenticationPrincipal CurrentUser user) {
        if (filter.entityType() == null || filter.entityType().isBlank()) {
            throw InvalidInputException.field("entity_type", "is required");
        }
        if (filter.entityId() == null) {
            throw InvalidInputException.field("entity_id", "is required");
        }
        return records.list(filter.entityType().strip(), filter.entityId(), paging, user);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One file", description = "404 when the record it belongs to is hidden from you.")
    StoredFile get(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return records.get(id, user);
    }

    @GetMapping("/{id}/download")
    @Operation(
            summary = "Download a file",
            description = "The bytes with their detected `Content-Type` and a `Content-Disposition: attachment` "
                    + "naming the file (RFC 6266: an ASCII `filename` and the exact UTF-8 `filename*`). Honours "
                    + "a single `Range` (206 with `Content-Range`; 416 when it lies outside the file) so that "
                    + "videos can be streamed and seeked, `If-Range`, and `If-None-Match` with the `ETag` (the "
                    + "SHA-256 of the content; 304).")
    @ApiResponse(
            responseCode = "200",
            description = "The whole file",
            content =
                    @Content(
                            mediaType = "application/octet-stream",
                            schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(
            responseCode = "206",
            description = "The requested byte range",
            content =
                    @Content(
                            mediaType = "application/octet-stream",
                            schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "304", description = "Not modified (the `If-None-Match` ETag matches)")
    @ApiResponse(responseCode = "416", description = "The range lies outside the file (see `Content-Range`)")
    void download(
            @PathVariable UUID id,
            @RequestHeader(name = "Range", required = false) @Nullable String range,
            @RequestHeader(name = "If-Range", required = false) @Nullable String ifRange,
            @RequestHeader(name = "If-None-Match", required = false) @Nullable String ifNoneMatch,
            @AuthenticationPrincipal CurrentUser user,
            HttpServletResponse response)
            throws IOException {
        var content = contents.download(id, user);
        Downloads.send(content, range, ifRange, ifNoneMatch, Downloads.Disposition.ATTACHMENT, response);
    }

    @GetMapping("/{id}/thumbnail")
    @Operation(
            summary = "A file's thumbnail",
            description = "A JPEG (PNG for images with transparency) of at most 320 pixels a side, for images and, "
                    + "where ffmpeg is installed, videos. Made now when it is missing. 404 when the file has none, "
                    + "with the reason (e.g. `no thumbnail: ffmpeg not installed`).")
    @ApiResponse(
            responseCode = "200",
            description = "The thumbnail",
            content = {
                @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"))
            })
    @ApiResponse(responseCode = "304", description = "Not modified (the `If-None-Match` ETag matches)")
    void thumbnail(
            @PathVariable UUID id,
            @RequestHeader(name = "If-None-Match", required = false) @Nullable String ifNoneMatch,
            @AuthenticationPrincipal CurrentUser user,
            HttpServletResponse response)
            throws IOException {
        FileContent content = contents.thumbnail(id, user);
        Downloads.send(content, null, null, ifNoneMatch, Downloads.Disposition.INLINE, response);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Delete a file",
            description = "By whoever uploaded it, or by someone with can_manage_assets, provided they may change "
                    + "the record's files (403 otherwise). Its bytes and thumbnail are deleted with it.")
    ResponseEntity<Void> delete(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        records.delete(id, user);
        return ResponseEntity.noContent().build();
    }
}
