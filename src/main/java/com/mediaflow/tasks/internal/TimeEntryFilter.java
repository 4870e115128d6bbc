package com.mediaflow.tasks.internal;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.BindParam;

/** Filters of a task's time entries: whose, and between which days (inclusive). */
public record TimeEntryFilter(
        @Parameter(name = "user_id", description = "Only time logged by this member") @BindParam("user_id") @Nullable
        UUID userId,

        @Parameter(name = "date_from", description = "Worked on or after this date") @BindParam("date_from") @Nullable
        LocalDate dateFrom,

        @Parameter(name = "date_to", description = "Worked on or before this date") @BindParam("date_to") @Nullable
        LocalDate dateTo) {}
