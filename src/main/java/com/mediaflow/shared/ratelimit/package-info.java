@NullMarked
package com.mediaflow.shared.ratelimit;

import org.jspecify.annotations.NullMarked;
