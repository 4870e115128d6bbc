package com.mediaflow.jobs.web;

import com.mediaflow.jobs.BackgroundJobs;
import com.mediaflow.jobs.JobView;
import com.mediaflow.jobs.internal.JobResults;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.MediaTypes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/jobs")
@Tag(name = "Jobs")
class JobsController {

    private final BackgroundJobs jobs;
    private final JobResults results;

    JobsController(BackgroundJobs jobs, JobResults results) {
        this.jobs = jobs;
        this.results = results;
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "A background job's status",
            description = "A job is long work (a large export, a report) that runs after the request that started it "
                    + "answered `202 Accepted`. `status` is `queued` (waiting for a worker), `running`, `succeeded` "
                    + "(download it from `download_url` until `expires_at`), `failed` (`error` says why) or "
                    + "`expired` (the result was deleted). `percent` and `rows_done`/`rows_total` show progress; they "
                    + "are updated about once a second. Only the member who started the job, and owners, see it "
                    + "(404 for everyone else).")
    @ApiResponse(responseCode = "200", description = "The job")
    @ApiResponse(responseCode = "404", description = "No such job, or it is not yours")
    JobView get(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return jobs.find(id, user);
    }

    @GetMapping("/{id}/download")
    @Operation(
            summary = "Download a job's result",
            description = "The result of a `succeeded` job, with its media type and a `Content-Disposition: "
                    + "attachment` naming the file. 409 `INVALID_STATE` while the job is queued or running, and when "
                    + "it failed or its result expired (the problem's `status` says which). Served by any instance.")
    @ApiResponse(
            responseCode = "200",
            description = "The result",
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = MediaTypes.XLSX, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))
            })
    @ApiResponse(responseCode = "404", description = "No such job, or it is not yours")
    @ApiResponse(responseCode = "409", description = "The job has no result to download (yet)")
    void download(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, HttpServletResponse response)
            throws IOException {
        var result = results.result(id, user);
        try (var in = result.open()) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(result.contentType());
            response.setContentLengthLong(result.sizeBytes());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                            .filename(result.fileName(), StandardCharsets.UTF_8)
                            .build()
                            .toString());
            in.transferTo(response.getOutputStream());
        }
    }
}
