package com.mediaflow.tasks.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.BindParam;

/** Filters of a task's time entries: whose, and between which days (inclusive). */
public record TimeEntryFilter(
        @BindParam("user_id") @Nullable UUID userId,
        @BindParam("date_from") @Nullable LocalDate dateFrom,
        @BindParam("date_to") @Nullable LocalDate dateTo) {}
