@NullMarked
package com.mediaflow.jobs.internal;

import org.jspecify.annotations.NullMarked;
