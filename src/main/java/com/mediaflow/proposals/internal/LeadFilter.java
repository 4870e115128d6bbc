package com.mediaflow.proposals.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.BindParam;

/** Filters of the lead list; {@code q} matches name, company or e-mail. */
public record LeadFilter(
        @Nullable LeadStatus status,
        @BindParam("owner_id") @Nullable UUID ownerId,
        @Nullable String source,
        @Nullable String q) {}
