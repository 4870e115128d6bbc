/**
 * Report workbooks: a sheet per section with a title block, real number, money, percentage and date
 * formats, {@code SUM} formulas for totals, a frozen header row, filters and fitted column widths.
 */
@NullMarked
package com.mediaflow.reports.internal.xlsx;

import org.jspecify.annotations.NullMarked;
