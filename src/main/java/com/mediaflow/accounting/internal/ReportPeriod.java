package com.mediaflow.accounting.internal;

import java.time.LocalDate;

/** The days a report covers, both inclusive. */
public record ReportPeriod(LocalDate from, LocalDate to) {}
