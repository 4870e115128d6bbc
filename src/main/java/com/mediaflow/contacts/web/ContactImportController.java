package com.mediaflow.contacts.web;

import com.mediaflow.contacts.internal.ContactImport;
import com.mediaflow.contacts.internal.ImportReport;
import com.mediaflow.shared.ratelimit.RateLimiter;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/contacts/import")
@Tag(name = "Contacts")
class ContactImportController {

    private final ContactImport imports;
    private final RateLimiter limiter;

    ContactImportController(ContactImport imports, RateLimiter limiter) {
        this.imports = imports;
        this.limiter = limiter;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ApiResponse(responseCode = "200", description = "The report: one result per data row")
    @ApiResponse(responseCode = "413", description = "The file is larger than 5 MB")
    @PreAuthorize("hasAuthority('can_manage_projects')")
    @Operation(
            summary = "Import contacts from a CSV file",
            description = "Needs can_manage_projects (owner, manager, producer); counts against the upload limit. "
                    + "Part `file`: UTF-8 CSV (comma, semicolon or tab separated) with a header row, at most 10,000 "
                    + "rows and 5 MB by default. Columns are recognised by name (case, spaces, dashes and underscores do not "
                    + "matter): type (person|company, default person), name (a company's name, or a person's full "
                    + "name when there are no first/last name columns), first_name, last_name, job_title, company (a "
                    + "person's company: linked by name, created when missing), email, phone, mobile, website, "
                    + "address_line1, address_line2, city, postal_code, region, country (two letters), tags "
                    + "(separated by ; or ,), source (default `csv import`), and custom.<key> for custom fields; "
                    + "other columns are ignored and listed in `ignored_columns`. Optional `mapping` (a form field or a query "
                    + "parameter): a JSON object of field to column header, e.g. {\"email\": \"E-mail address\"}. Every row gets a result: "
                    + "`created`, `skipped` (its e-mail address, in any case, belongs to a live contact or an earlier "
                    + "row; or a company of that name exists) or `rejected` with the reason and field errors. The "
                    + "importer owns the new contacts. A fatal problem (not UTF-8, no header, no known column, too "
                    + "many rows, broken CSV, bad mapping) is a 400 and nothing is stored; too large a file is a 413.")
    ImportReport importCsv(
            @Parameter(description = "The CSV file") @RequestPart(name = "file", required = false) @Nullable
                    MultipartFile file,
            @Parameter(description = "JSON object of field name to column header")
                    @RequestParam(name = "mapping", required = false)
                    @Nullable
                    String mapping,
            @AuthenticationPrincipal CurrentUser user)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.field("file", "is required: send the CSV file as the multipart part 'file'");
        }
        limiter.consume("uploads", limiter.properties().uploads(), "member:" + user.id());
        return imports.run(file, file.getSize(), file.getOriginalFilename(), mapping, user);
    }
}
