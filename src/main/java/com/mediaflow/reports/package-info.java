/**
 * The studio's reports: financial, operational and per-project reports as JSON, as PDF with charts
 * and as XLSX workbooks, and reports that members schedule to be e-mailed daily, weekly or monthly.
 *
 * <p>Every figure comes from the {@code analytics} module, so a report always shows the numbers of
 * the dashboard; this module only lays them out.
 */
@ApplicationModule(displayName = "Reports")
@NullMarked
package com.mediaflow.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
