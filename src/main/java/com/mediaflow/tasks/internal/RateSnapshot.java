package com.mediaflow.tasks.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A member's rates at the moment time is logged, in the organization's currency of that moment. */
record RateSnapshot(
        @Nullable BigDecimal hourlyCost, @Nullable BigDecimal billableRate, String currency) {}
