package com.mediaflow.proposals.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A line of a proposal, its amounts computed by {@link ProposalLineAmounts} when it was written. */
@Entity
@Table(name = "proposals_items")
class ProposalItem {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id", nullable = false, updatable = false)
    private Proposal proposal;

    @Column(nullable = false)
    private String section;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private BigDecimal quantity;

    private @Nullable String unit;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Column(name = "tax_rate", nullable = false)
    private BigDecimal taxRate;

    @Column(nullable = false)
    private boolean optional;

    @Column(nullable = false)
    private boolean selected;

    @Column(name = "net_amount", nullable = false)
    private BigDecimal netAmount;

    @Column(name = "tax_amount", nullable = false)
    private BigDecimal taxAmount;

    @SuppressWarnings("NullAway.Init")
    protected ProposalItem() {}

    ProposalItem(Proposal proposal, int position, ItemInput input, Currency currency) {
        this.id = UUID.randomUUID();
        this.proposal = proposal;
        this.position = position;
        write(input, currency);
        this.selected = !optional;
    }

    /** A copy for another version or proposal, with a new id and the same selection. */
    ProposalItem copyFor(Proposal other) {
        var copy = new ProposalItem(other, position, input(), other.currencyUnit());
        copy.selected = selected;
        return copy;
    }

    void write(ItemInput input, Currency currency) {
        this.section = input.sectionName();
        this.description = input.description().strip();
        this.quantity = input.quantity();
        this.unit = input.unit() == null || input.unit().isBlank()
                ? null
                : input.unit().strip();
        this.unitPrice = input.unitPrice();
        this.taxRate = input.rate();
        this.optional = input.isOptional();
        if (!optional) {
            selected = true;
        }
        var amounts = ProposalLineAmounts.of(quantity, unitPrice, taxRate, currency);
        this.netAmount = amounts.net().amount();
        this.taxAmount = amounts.tax().amount();
    }

    ItemInput input() {
        return new ItemInput(section, description, quantity, unit, unitPrice, taxRate, optional, position);
    }

    void select(boolean chosen) {
        if (optional) {
            selected = chosen;
        }
    }

    void moveTo(int position) {
        this.position = position;
    }

    UUID id() {
        return id;
    }

    String section() {
        return section;
    }

    int position() {
        return position;
    }

    String description() {
        return description;
    }

    BigDecimal quantity() {
        return quantity;
    }

    @Nullable
    String unit() {
        return unit;
    }

    BigDecimal unitPrice() {
        return unitPrice;
    }

    BigDecimal taxRate() {
        return taxRate;
    }

    boolean optional() {
        return optional;
    }

    boolean selected() {
        return selected;
    }

    BigDecimal netAmount() {
        return netAmount;
    }

    BigDecimal taxAmount() {
        return taxAmount;
    }

    BigDecimal lineTotal() {
        return netAmount.add(taxAmount);
    }
}
