@NullMarked
package com.mediaflow.shared.idempotency;

import org.jspecify.annotations.NullMarked;
