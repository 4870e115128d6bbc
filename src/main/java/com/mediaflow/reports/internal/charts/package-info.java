/**
 * A small SVG chart builder for the report PDFs: line, bar and budget-against-actual charts with
 * axes on "nice" tick values, money labels and escaped text. The PDF engine draws the SVG as
 * vector graphics, so charts stay sharp at any zoom.
 */
@NullMarked
package com.mediaflow.reports.internal.charts;

import org.jspecify.annotations.NullMarked;
