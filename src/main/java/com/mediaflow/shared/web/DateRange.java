package com.mediaflow.shared.web;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The {@code start_date} and {@code end_date} query parameters of the routes that report on a
 * period, bound with {@code @ParameterObject DateRange period}. Both are optional; what an absent
 * day means is up to the route.
 */
public record DateRange(
        @Parameter(name = "start_date", description = "First day, inclusive")
        @BindParam("start_date")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        @Nullable
        LocalDate startDate,

        @Parameter(name = "end_date", description = "Last day, inclusive")
        @BindParam("end_date")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        @Nullable
        LocalDate endDate) {}
