@NullMarked
package com.mediaflow.tasks.internal;

import org.jspecify.annotations.NullMarked;
