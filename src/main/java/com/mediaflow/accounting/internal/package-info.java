@NullMarked
package com.mediaflow.accounting.internal;

import org.jspecify.annotations.NullMarked;
