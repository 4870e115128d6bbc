@NullMarked
package com.mediaflow.calendar.internal;

import org.jspecify.annotations.NullMarked;
