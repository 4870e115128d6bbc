@NullMarked
package com.mediaflow.proposals.internal;

import org.jspecify.annotations.NullMarked;
