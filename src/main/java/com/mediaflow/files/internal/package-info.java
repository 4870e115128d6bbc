@NullMarked
package com.mediaflow.files.internal;

import org.jspecify.annotations.NullMarked;
