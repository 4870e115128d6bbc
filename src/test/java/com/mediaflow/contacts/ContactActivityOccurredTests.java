package com.mediaflow.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContactActivityOccurredTests {

    private static final UUID CONTACT = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");

    @Test
    void acceptsADottedTypeWithALinkedEntity() {
        var entry = new ContactActivityOccurred(
                CONTACT, "proposal.signed", "Proposal PROP-2026-0003 signed", null, "proposal", UUID.randomUUID(), NOW);

        assertThat(entry.type()).isEqualTo("proposal.signed");
    }

    @Test
    void refusesATypeThatIsNotDottedLowerCase() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ContactActivityOccurred(CONTACT, "Invoice Issued", "x", null, null, null, NOW));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ContactActivityOccurred(CONTACT, "invoice", "x", null, null, null, NOW));
    }

    @Test
    void refusesABlankOrOverlongSummary() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ContactActivityOccurred(CONTACT, "invoice.issued", " ", null, null, null, NOW));
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        new ContactActivityOccurred(CONTACT, "invoice.issued", "x".repeat(501), null, null, null, NOW));
    }

    @Test
    void refusesAnEntityTypeWithoutItsId() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new ContactActivityOccurred(CONTACT, "invoice.issued", "x", null, "invoice", null, NOW));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ContactActivityOccurred(
                        CONTACT, "invoice.issued", "x", null, "Invoice", UUID.randomUUID(), NOW));
    }
}
