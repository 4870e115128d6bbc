package com.mediaflow.team;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What an hour of a member costs the studio and what it bills a client for it, per hour in the
 * organization's default currency; {@code null} where none is set.
 */
public record MemberRates(
        @Nullable BigDecimal hourlyCost, @Nullable BigDecimal billableRate) {}
