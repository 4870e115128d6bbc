package com.mediaflow.tasks.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a time entry says was worked: the day, the minutes (1 to 1440), a note, and whether it is billable. */
public record WorkLog(LocalDate date, int minutes, @Nullable String note, boolean billable) {}
