package com.mediaflow.reports;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param frontendUrl where the front end runs; scheduled-report e-mails link to its {@code /reports}
 *     page
 * @param backgroundAfterDays a PDF or XLSX report of a longer period runs as a background job
 *     ({@code 202} with the job) instead of answering at once
 * @param schedulerInterval how often each instance looks for due scheduled reports
 * @param maxRecipients the most recipients (members and addresses together) of one schedule
 * @param maxSchedulesPerMember the most schedules one member may keep
 */
@ConfigurationProperties("mediaflow.reports")
@Validated
public record ReportsProperties(
        @NotBlank @DefaultValue("http://localhost:3000") String frontendUrl,
        @Min(1) @DefaultValue("366") int backgroundAfterDays,
        @NotNull @DefaultValue("1m") Duration schedulerInterval,
        @Min(1) @Max(100) @DefaultValue("20") int maxRecipients,
        @Min(1) @Max(1000) @DefaultValue("50") int maxSchedulesPerMember) {

    /** The reports page of the front end. */
    public String reportsLink() {
        return frontendUrl.replaceAll("/+$", "") + "/reports";
    }
}
