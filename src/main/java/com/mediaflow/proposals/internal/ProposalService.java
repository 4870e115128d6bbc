package com.mediaflow.proposals.internal;

import com.mediaflow.contacts.ContactDirectory;
import com.mediaflow.organization.OrganizationDirectory;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.money.Money;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.ConflictException;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.NotFoundException;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.shared.web.SortFields;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals as the studio writes them: drafts with their items, the list, duplicates and new
 * versions, the version history, the timeline and the PDF. Who may do it is checked on the routes
 * ({@code can_send_proposals}).
 */
@Service
public class ProposalService {

    static final SortFields SORT = SortFields.builder()
            .field("number", "number")
            .field("title", "title")
            .field("status", "status")
            .field("total", "total")
            .field("valid_until", "validUntil")
            .field("created_at", "createdAt")
            .field("updated_at", "updatedAt")
            .defaultSort(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")));

    private final ProposalRepository proposals;
    private final LeadRepository leads;
    private final ProposalNumbers numbers;
    private final ProposalViews views;
    private final ProposalActivities activities;
    private final ProposalPdfs pdfs;
    private final ContactDirectory contacts;
    private final OrganizationDirectory organization;
    private final ProposalCalendar calendar;
    private final AuditLog audit;
    private final Clock clock;

    ProposalService(
            ProposalRepository proposals,
            LeadRepository leads,
            ProposalNumbers numbers,
            ProposalViews views,
            ProposalActivities activities,
            ProposalPdfs pdfs,
            ContactDirectory contacts,
            OrganizationDirectory organization,
            ProposalCalendar calendar,
            AuditLog audit,
            Clock clock) {
        this.proposals = proposals;
        this.leads = leads;
        this.numbers = numbers;
        this.views = views;
        this.activities = activities;
        this.pdfs = pdfs;
        this.contacts = contacts;
        this.organization = organization;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<ProposalView> list(ProposalFilter filter, Paging paging) {
        if (filter.createdFrom() != null
                && filter.createdTo() != null
                && filter.createdTo().isBefore(filter.createdFrom())) {
            throw InvalidInputException.field("created_to", "must be on or after created_from");
        }
        var page = proposals.findAll(matching(filter), paging.pageable(SORT));
        return PageResponse.of(page, views::of);
    }

    @Transactional(readOnly = true)
    public ProposalView get(UUID id) {
        return views.of(find(id));
    }

    @Transactional
    public ProposalView create(ProposalCommand command, CurrentUser actor) {
        var details = checked(command);
        var studio = organization.current();
        var number = numbers.next(studio.proposalPrefix(), calendar.today().getYear());
        var now = clock.instant();
        var proposal = Proposal.draft(number, details, actor.id(), now);
        if (command.items() != null) {
            proposal.replaceItems(command.items(), now);
        }
        proposals.saveAndFlush(proposal);
        activities.record(proposal, "created", "Created by " + actor.fullName(), actor.id(), now);
        var view = views.of(proposal);
        audit.record("proposal.created", "proposal", proposal.id(), null, view);
        return view;
    }

    @Transactional
    public ProposalView update(UUID id, ProposalCommand command, long version, CurrentUser actor) {
        var proposal = find(id);
        proposal.requireEditable();
        requireVersion(proposal, version);
        var before = views.of(proposal);
        var now = clock.instant();
        proposal.update(checked(command), now);
        if (command.items() != null) {
            proposal.replaceItems(command.items(), now);
        }
        proposals.saveAndFlush(proposal);
        activities.record(proposal, "updated", "Edited by " + actor.fullName(), actor.id(), now);
        var after = views.of(proposal);
        audit.record("proposal.updated", "proposal", id, before, after);
        return after;
    }

    /** Deletes a draft. It keeps its number (numbers are never reused) but is gone from every list. */
    @Transactional
    public void delete(UUID id, CurrentUser actor) {
        var proposal = find(id);
        var before = views.of(proposal);
        var now = clock.instant();
        proposal.delete(now);
        proposals.saveAndFlush(proposal);
        activities.record(proposal, "deleted", "Deleted by " + actor.fullName(), actor.id(), now);
        audit.record("proposal.deleted", "proposal", id, before, null);
    }

    @Transactional(readOnly = true)
    public List<ProposalView.ItemView> items(UUID id) {
        return views.of(find(id)).items();
    }

    @Transactional
    public ProposalView addItem(UUID id, ItemInput input, CurrentUser actor) {
        var proposal = find(id);
        var before = views.of(proposal);
        var now = clock.instant();
        var item = proposal.addItem(input, now);
        return itemChanged(proposal, before, "Item added: " + item.description(), actor);
    }

    @Transactional
    public ProposalView updateItem(UUID id, UUID itemId, ItemInput input, CurrentUser actor) {
        var proposal = find(id);
        var before = views.of(proposal);
        var item = proposal.updateItem(itemId, input, clock.instant());
        return itemChanged(proposal, before, "Item changed: " + item.description(), actor);
    }

    @Transactional
    public ProposalView removeItem(UUID id, UUID itemId, CurrentUser actor) {
        var proposal = find(id);
        var before = views.of(proposal);
        var description = proposal.item(itemId).description();
        proposal.removeItem(itemId, clock.instant());
        return itemChanged(proposal, before, "Item removed: " + description, actor);
    }

    private ProposalView itemChanged(Proposal proposal, ProposalView before, String what, CurrentUser actor) {
        proposals.saveAndFlush(proposal);
        activities.record(proposal, "updated", what, actor.id(), clock.instant());
        var after = views.of(proposal);
        audit.record("proposal.updated", "proposal", proposal.id(), before, after);
        return after;
    }

    /** A new draft with a new number and this version's content. */
    @Transactional
    public ProposalView duplicate(UUID id, CurrentUser actor) {
        var source = find(id);
        var now = clock.instant();
        var number = numbers.next(
                organization.current().proposalPrefix(), calendar.today().getYear());
        var copy = source.duplicate(number, actor.id(), now);
        proposals.saveAndFlush(copy);
        activities.record(
                copy, "created", "Duplicated from " + source.number() + " by " + actor.fullName(), actor.id(), now);
        activities.record(
                source, "duplicated", "Duplicated as " + copy.number() + " by " + actor.fullName(), actor.id(), now);
        var view = views.of(copy);
        audit.record("proposal.duplicated", "proposal", copy.id(), null, view);
        return view;
    }

    /** The next version of the same number, as a draft; this one is frozen and its link revoked. */
    @Transactional
    public ProposalView revise(UUID id, CurrentUser actor) {
        var current = proposals
                .lockById(id)
                .filter(p -> !p.isDeleted())
                .orElseThrow(() -> NotFoundException.of("Proposal", id));
        var before = views.of(current);
        var now = clock.instant();
        var next = current.revise(actor.id(), now);
        proposals.saveAndFlush(current);
        proposals.saveAndFlush(next);
        activities.record(
                next,
                "revised",
                "Version " + next.revision() + " started from version " + current.revision() + " by "
                        + actor.fullName(),
                actor.id(),
                now);
        audit.record("proposal.superseded", "proposal", current.id(), before, views.of(current));
        var view = views.of(next);
        audit.record("proposal.revised", "proposal", next.id(), null, view);
        return view;
    }

    /** Every version of the proposal's number, newest first. */
    @Transactional(readOnly = true)
    public List<ProposalView> revisions(UUID id) {
        var proposal = find(id);
        return proposals.versionsOf(proposal.number()).stream()
                .filter(p -> !p.isDeleted())
                .map(views::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public PageResponse<ProposalActivityView> activities(UUID id, Paging paging) {
        return activities.list(find(id).number(), paging);
    }

    /** The PDF and the name to offer it under. */
    public record Pdf(String filename, byte[] content) {}

    @Transactional(readOnly = true)
    public Pdf pdf(UUID id) {
        var proposal = find(id);
        var name = proposal.number() + (proposal.revision() > 1 ? "-v" + proposal.revision() : "") + ".pdf";
        return new Pdf(name, pdfs.render(proposal));
    }

    // ----

    Proposal find(UUID id) {
        return proposals.findLive(id).orElseThrow(() -> NotFoundException.of("Proposal", id));
    }

    private static void requireVersion(Proposal proposal, long version) {
        if (proposal.version() != version) {
            throw ConflictException.staleVersion("The proposal", version, proposal.version());
        }
    }

    private ProposalDetails checked(ProposalCommand command) {
        if ((command.clientId() == null) == (command.leadId() == null)) {
            throw InvalidInputException.field("client_id", "give either client_id or lead_id");
        }
        if (command.clientId() != null && !contacts.exists(command.clientId())) {
            throw InvalidInputException.field("client_id", "is no contact");
        }
        if (command.leadId() != null && leads.findLive(command.leadId()).isEmpty()) {
            throw InvalidInputException.field("lead_id", "is no lead");
        }
        var code = command.currency() == null ? organization.current().defaultCurrency() : command.currency();
        try {
            Money.currency(code);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("currency", "must be an ISO 4217 currency code such as EUR");
        }
        var deposit = command.depositPercent();
        if (deposit != null && (deposit.signum() <= 0 || deposit.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw InvalidInputException.field("deposit_percent", "must be more than 0 and at most 100");
        }
        return new ProposalDetails(
                command.title().strip(),
                command.clientId(),
                command.leadId(),
                blankToNull(command.intro()),
                blankToNull(command.terms()),
                command.validUntil(),
                code,
                deposit,
                command.allowOptionalSelection());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Specification<Proposal> matching(ProposalFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.isNull(root.get("deletedAt")));
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            } else {
                predicates.add(cb.notEqual(root.get("status"), ProposalStatus.SUPERSEDED));
            }
            if (filter.clientId() != null) {
                predicates.add(cb.equal(root.get("clientId"), filter.clientId()));
            }
            if (filter.leadId() != null) {
                predicates.add(cb.equal(root.get("leadId"), filter.leadId()));
            }
            if (filter.createdFrom() != null) {
                predicates.add(cb.greaterThanOrEqualTo(
                        root.get("createdAt"),
                        filter.createdFrom().atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
            if (filter.createdTo() != null) {
                predicates.add(cb.lessThan(
                        root.get("createdAt"),
                        filter.createdTo().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
            if (filter.q() != null && !filter.q().isBlank()) {
                var pattern = "%"
                        + filter.q()
                                .strip()
                                .toLowerCase(Locale.ROOT)
                                .replace("%", "\\%")
                                .replace("_", "\\_") + "%";
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("number")), pattern, '\\'),
                        cb.like(cb.lower(root.get("title")), pattern, '\\')));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
