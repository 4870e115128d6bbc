@NullMarked
package com.mediaflow.analytics.internal;

import org.jspecify.annotations.NullMarked;
