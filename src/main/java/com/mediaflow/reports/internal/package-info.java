@NullMarked
package com.mediaflow.reports.internal;

import org.jspecify.annotations.NullMarked;
