/**
 * Exports and custom reports. Contacts, projects, tasks, expenses and income export as CSV or XLSX,
 * streamed from a database cursor; custom reports pick an entity's columns, filters, grouping and
 * aggregates from a catalogue (a whitelist defined once per entity, which also drives the exports'
 * columns), can be saved as templates and re-run. Large results become background jobs
 * ({@link com.mediaflow.jobs}). Rows are limited to what the caller may see, by the same rules as
 * the list routes ({@link com.mediaflow.projects.ProjectAccess}, financial rights).
 *
 * <p>The module reads the other modules' tables with SQL (read-only, bound parameters only),
 * as reporting does; it changes nothing outside its own {@code report_templates} table.
 */
@ApplicationModule(displayName = "Exports and custom reports")
@NullMarked
package com.mediaflow.exports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
