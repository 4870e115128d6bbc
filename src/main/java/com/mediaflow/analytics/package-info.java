/**
 * The studio's figures: dashboard KPIs, revenue and its trends, expenses, margins, project
 * profitability, project completion and timeline adherence, team productivity and utilization.
 *
 * <p>{@link com.mediaflow.analytics.Analytics} is the facade other modules (reports, exports) call;
 * it applies the same visibility rules as the HTTP routes. Every figure is one SQL aggregate over
 * the rows it describes, per currency (no conversion), cached in Redis per caller scope and
 * invalidated by the events of the modules that own the rows.
 */
@ApplicationModule(displayName = "Analytics")
@NullMarked
package com.mediaflow.analytics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
