package com.mediaflow.proposals.internal;

import org.jspecify.annotations.Nullable;

/** Who a proposal is addressed to, as documents and the public page show them. */
record ClientParty(
        String name, @Nullable String company, @Nullable String email) {}
