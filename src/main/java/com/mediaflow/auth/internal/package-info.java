@NullMarked
package com.mediaflow.auth.internal;

import org.jspecify.annotations.NullMarked;
