/** Money as the studio counts it: an amount in one currency, rounded in one place by one rule. */
@NullMarked
package com.mediaflow.shared.money;

import org.jspecify.annotations.NullMarked;
