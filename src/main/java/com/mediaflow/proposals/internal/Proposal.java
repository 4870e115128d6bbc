package com.mediaflow.proposals.internal;

import com.mediaflow.shared.money.Money;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.InvalidStateException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One version of a proposal. A draft is edited freely; sending it hands out a public link and
 * freezes it (a change needs a new version, {@link #revise}); the client then accepts, rejects or
 * signs the newest version, which is final. Totals are computed here from the items, counting
 * optional items only when chosen, by {@link ProposalLineAmounts}.
 */
@Entity
@Table(name = "proposals_proposals")
class Proposal {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String number;

    @Column(name = "number_series", nullable = false, updatable = false)
    private String numberSeries;

    @Column(name = "number_year", nullable = false, updatable = false)
    private int numberYear;

    @Column(name = "number_sequence", nullable = false, updatable = false)
    private int numberSequence;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalStatus status;

    @Column(nullable = false)
    private String title;

    @Column(name = "client_id")
    private @Nullable UUID clientId;

    @Column(name = "lead_id")
    private @Nullable UUID leadId;

    private @Nullable String intro;

    private @Nullable String terms;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(nullable = false)
    private String currency;

    @Column(name = "deposit_percent")
    private @Nullable BigDecimal depositPercent;

    @Column(name = "allow_optional_selection", nullable = false)
    private boolean allowOptionalSelection;

    @Column(nullable = false)
    private BigDecimal subtotal;

    @Column(name = "tax_total", nullable = false)
    private BigDecimal taxTotal;

    @Column(nullable = false)
    private BigDecimal total;

    @Column(name = "project_id")
    private @Nullable UUID projectId;

    @Column(name = "owner_id", nullable = false)
    private UUID ownerId;

    @Column(name = "duplicated_from", updatable = false)
    private @Nullable UUID duplicatedFrom;

    @Column(name = "token_hash")
    private @Nullable String tokenHash;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Column(name = "sent_to")
    private @Nullable String sentTo;

    @Column(name = "first_viewed_at")
    private @Nullable Instant firstViewedAt;

    @Column(name = "last_viewed_at")
    private @Nullable Instant lastViewedAt;

    @Column(name = "view_count", nullable = false)
    private int viewCount;

    @Column(name = "visible_ms", nullable = false)
    private long visibleMs;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "expired_noted_at")
    private @Nullable Instant expiredNotedAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deleted_at")
    private @Nullable Instant deletedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ProposalItem> items = new ArrayList<>();

    @SuppressWarnings("NullAway.Init")
    protected Proposal() {}

    private Proposal(ProposalNumber number, int revision, ProposalDetails details, UUID ownerId, Instant now) {
        this.id = UUID.randomUUID();
        this.number = number.formatted();
        this.numberSeries = number.series();
        this.numberYear = number.year();
        this.numberSequence = number.sequence();
        this.revision = revision;
        this.status = ProposalStatus.DRAFT;
        this.ownerId = ownerId;
        this.createdBy = ownerId;
        this.createdAt = now;
        apply(details, now);
    }

    static Proposal draft(ProposalNumber number, ProposalDetails details, UUID ownerId, Instant now) {
        return new Proposal(number, 1, details, ownerId, now);
    }

    // ---- editing (drafts only) ----

    void update(ProposalDetails details, Instant now) {
        requireEditable();
        apply(details, now);
    }

    private void apply(ProposalDetails details, Instant now) {
        if (!items.isEmpty() && currency != null && !currency.equals(details.currency())) {
            this.currency = details.currency();
            var inputs = items.stream().map(ProposalItem::input).toList();
            var currencyUnit = currencyUnit();
            for (int i = 0; i < items.size(); i++) {
                items.get(i).write(inputs.get(i), currencyUnit);
            }
        }
        this.title = details.title();
        this.clientId = details.clientId();
        this.leadId = details.leadId();
        this.intro = details.intro();
        this.terms = details.terms();
        this.validUntil = details.validUntil();
        this.currency = details.currency();
        this.depositPercent = details.depositPercent();
        this.allowOptionalSelection = details.allowOptionalSelection();
        this.updatedAt = now;
        recomputeTotals();
    }

    ProposalItem addItem(ItemInput input, Instant now) {
        requireEditable();
        var item = new ProposalItem(this, items.size() + 1, input, currencyUnit());
        items.add(item);
        place(item, input.position());
        touch(now);
        return item;
    }

    void replaceItems(List<ItemInput> inputs, Instant now) {
        requireEditable();
        items.clear();
        for (var input : inputs) {
            items.add(new ProposalItem(this, items.size() + 1, input, currencyUnit()));
        }
        touch(now);
    }

    ProposalItem updateItem(UUID itemId, ItemInput input, Instant now) {
        requireEditable();
        var item = item(itemId);
        item.write(input, currencyUnit());
        place(item, input.position());
        touch(now);
        return item;
    }

    void removeItem(UUID itemId, Instant now) {
        requireEditable();
        items.remove(item(itemId));
        renumber();
        touch(now);
    }

    ProposalItem item(UUID itemId) {
        return items.stream()
                .filter(item -> item.id().equals(itemId))
                .findFirst()
                .orElseThrow(() -> com.mediaflow.shared.web.NotFoundException.of("Proposal item", itemId));
    }

    private void place(ProposalItem item, @Nullable Integer position) {
        items.remove(item);
        var index = position == null ? items.size() : Math.max(0, Math.min(items.size(), position - 1));
        items.add(index, item);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).moveTo(i + 1);
        }
    }

    private void touch(Instant now) {
        updatedAt = now;
        recomputeTotals();
    }

    void delete(Instant now) {
        if (status != ProposalStatus.DRAFT) {
            throw InvalidStateException.because(
                    "Only a draft can be deleted; this proposal is " + status.value(),
                    Map.of("status", status.value()));
        }
        deletedAt = now;
        updatedAt = now;
    }

    void requireEditable() {
        if (status != ProposalStatus.DRAFT) {
            throw InvalidStateException.because(
                    "A " + status.value() + " proposal cannot be edited; revise it to make a new version"
                            + " (POST /api/proposals/{id}/revise)",
                    Map.of("status", status.value()));
        }
    }

    // ---- the lifecycle ----

    /** Hands out a new public link (an earlier one stops working) and marks the proposal sent. */
    void send(String newTokenHash, String recipient, LocalDate today, Instant now) {
        requireCurrent("sent");
        if (status.isDecided()) {
            throw InvalidStateException.because(
                    "The client already decided on this proposal (" + status.value() + ")",
                    Map.of("status", status.value()));
        }
        if (items.stream().noneMatch(item -> !item.optional())) {
            throw InvalidStateException.because("A proposal needs at least one item that is not optional to be sent");
        }
        if (validUntil.isBefore(today)) {
            throw InvalidStateException.because("The proposal expired on " + validUntil + "; change valid_until by"
                    + (status == ProposalStatus.DRAFT ? " editing it" : " revising it"));
        }
        tokenHash = newTokenHash;
        sentTo = recipient;
        sentAt = now;
        if (status == ProposalStatus.DRAFT) {
            status = ProposalStatus.SENT;
        }
        updatedAt = now;
    }

    /**
     * The next version: a draft with the same number and content, this version frozen as
     * superseded and its link revoked.
     */
    Proposal revise(UUID actorId, Instant now) {
        requireCurrent("revised");
        if (status.isDecided()) {
            throw InvalidStateException.because(
                    "The client already decided on this proposal (" + status.value() + "); duplicate it instead",
                    Map.of("status", status.value()));
        }
        var next = new Proposal(numberOf(), revision + 1, details(), ownerId, now);
        next.createdBy = actorId;
        next.projectId = projectId;
        items.forEach(item -> next.items.add(item.copyFor(next)));
        next.recomputeTotals();
        status = ProposalStatus.SUPERSEDED;
        tokenHash = null;
        updatedAt = now;
        return next;
    }

    /** A new draft under a new number with this version's content. */
    Proposal duplicate(ProposalNumber newNumber, UUID actorId, Instant now) {
        var copy = new Proposal(newNumber, 1, details(), actorId, now);
        copy.duplicatedFrom = id;
        items.forEach(item -> {
            var itemCopy = item.copyFor(copy);
            itemCopy.select(!item.optional());
            copy.items.add(itemCopy);
        });
        copy.recomputeTotals();
        return copy;
    }

    private void requireCurrent(String action) {
        if (status == ProposalStatus.SUPERSEDED) {
            throw InvalidStateException.because(
                    "Only the newest version of a proposal can be " + action + "; this version was superseded",
                    Map.of("status", status.value()));
        }
    }

    /** Records one opening of the public page; answers whether it was the first. */
    boolean recordView(Instant now) {
        var first = firstViewedAt == null;
        if (first) {
            firstViewedAt = now;
        }
        lastViewedAt = now;
        viewCount++;
        if (status == ProposalStatus.SENT) {
            status = ProposalStatus.VIEWED;
        }
        return first;
    }

    void addVisibleTime(long millis) {
        visibleMs += millis;
    }

    /**
     * The client's decision, with the optional items they chose (ignored unless the studio lets
     * them choose). Totals follow the choice.
     */
    void decide(ProposalStatus decision, Collection<UUID> chosenOptionalItems, Instant now) {
        if (!status.isOut()) {
            throw InvalidStateException.because(
                    "This proposal cannot be decided on: it is " + status.value(), Map.of("status", status.value()));
        }
        if (decision != ProposalStatus.REJECTED) {
            choose(chosenOptionalItems);
        }
        status = decision;
        decidedAt = now;
        updatedAt = now;
    }

    private void choose(Collection<UUID> chosen) {
        var ids = Set.copyOf(chosen);
        if (!ids.isEmpty() && !allowOptionalSelection) {
            throw InvalidInputException.field(
                    "selected_optional_item_ids", "this proposal does not let optional items be chosen");
        }
        for (var id : ids) {
            var item = items.stream().filter(i -> i.id().equals(id)).findFirst();
            if (item.isEmpty() || !item.get().optional()) {
                throw InvalidInputException.field(
                        "selected_optional_item_ids", id + " is not an optional item of this proposal");
            }
        }
        items.forEach(item -> item.select(ids.contains(item.id())));
        recomputeTotals();
    }

    void linkProject(UUID projectId) {
        this.projectId = projectId;
    }

    void convertLeadTo(UUID clientId) {
        this.clientId = clientId;
    }

    void noteExpired(Instant now) {
        expiredNotedAt = now;
    }

    private void recomputeTotals() {
        var currencyUnit = currencyUnit();
        var net = Money.zero(currencyUnit);
        var tax = Money.zero(currencyUnit);
        for (var item : items) {
            if (item.selected()) {
                net = net.plus(new Money(item.netAmount(), currencyUnit));
                tax = tax.plus(new Money(item.taxAmount(), currencyUnit));
            }
        }
        subtotal = net.amount();
        taxTotal = tax.amount();
        total = net.plus(tax).amount();
    }

    // ---- reading ----

    ProposalDetails details() {
        return new ProposalDetails(
                title, clientId, leadId, intro, terms, validUntil, currency, depositPercent, allowOptionalSelection);
    }

    ProposalNumber numberOf() {
        return new ProposalNumber(numberSeries, numberYear, numberSequence);
    }

    Currency currencyUnit() {
        return Money.currency(currency);
    }

    /** The deposit asked for, {@code deposit_percent} % of the total, rounded once; or null. */
    @Nullable
    BigDecimal depositAmount() {
        return depositPercent == null
                ? null
                : new Money(total, currencyUnit()).percent(depositPercent).amount();
    }

    /** Sections in the order of their first item, each with its items in order. */
    List<Map.Entry<String, List<ProposalItem>>> sections() {
        var sorted = items.stream()
                .sorted(Comparator.comparingInt(ProposalItem::position))
                .toList();
        var sections = new java.util.LinkedHashMap<String, List<ProposalItem>>();
        sorted.forEach(item ->
                sections.computeIfAbsent(item.section(), s -> new ArrayList<>()).add(item));
        return List.copyOf(sections.entrySet());
    }

    UUID id() {
        return id;
    }

    String number() {
        return number;
    }

    int revision() {
        return revision;
    }

    ProposalStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    @Nullable
    UUID clientId() {
        return clientId;
    }

    @Nullable
    UUID leadId() {
        return leadId;
    }

    @Nullable
    String intro() {
        return intro;
    }

    @Nullable
    String terms() {
        return terms;
    }

    LocalDate validUntil() {
        return validUntil;
    }

    String currency() {
        return currency;
    }

    @Nullable
    BigDecimal depositPercent() {
        return depositPercent;
    }

    boolean allowOptionalSelection() {
        return allowOptionalSelection;
    }

    BigDecimal subtotal() {
        return subtotal;
    }

    BigDecimal taxTotal() {
        return taxTotal;
    }

    BigDecimal total() {
        return total;
    }

    @Nullable
    UUID projectId() {
        return projectId;
    }

    UUID ownerId() {
        return ownerId;
    }

    @Nullable
    UUID duplicatedFrom() {
        return duplicatedFrom;
    }

    @Nullable
    Instant sentAt() {
        return sentAt;
    }

    @Nullable
    String sentTo() {
        return sentTo;
    }

    @Nullable
    Instant firstViewedAt() {
        return firstViewedAt;
    }

    @Nullable
    Instant lastViewedAt() {
        return lastViewedAt;
    }

    int viewCount() {
        return viewCount;
    }

    long visibleMs() {
        return visibleMs;
    }

    @Nullable
    Instant decidedAt() {
        return decidedAt;
    }

    @Nullable
    Instant expiredNotedAt() {
        return expiredNotedAt;
    }

    UUID createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    long version() {
        return version;
    }

    List<ProposalItem> items() {
        return List.copyOf(items);
    }
}
