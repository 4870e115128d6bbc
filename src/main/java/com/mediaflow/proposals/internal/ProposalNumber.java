package com.mediaflow.proposals.internal;

/**
 * The number of a proposal, {@code PREFIX-YEAR-SEQUENCE} such as {@code PROP-2026-0001}: the
 * sequence counts from 1 in each prefix and year, at least four digits. All versions of a proposal
 * share it.
 */
record ProposalNumber(String series, int year, int sequence) {

    ProposalNumber {
        if (!series.matches("[A-Z0-9]{1,10}") || year < 2000 || year > 9999 || sequence < 1) {
            throw new IllegalArgumentException("Not a proposal number: " + series + "/" + year + "/" + sequence);
        }
    }

    String formatted() {
        return series + "-" + year + "-" + String.format("%04d", sequence);
    }
}
