package com.mediaflow.proposals.internal;

import com.mediaflow.contacts.ContactRegistration;
import com.mediaflow.organization.OrganizationDirectory;
import com.mediaflow.projects.ProjectIntake;
import com.mediaflow.projects.ProjectType;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.money.Money;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.ConflictException;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.NotFoundException;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.shared.web.SortFields;
import com.mediaflow.team.TeamDirectory;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
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
 * Leads: the pipeline with its enforced moves, and converting a lead into a client contact (and a
 * project), which is idempotent: a lead converted before answers with the same contact and project.
 */
@Service
public class LeadService {

    static final SortFields SORT = SortFields.builder()
            .field("name", "name")
            .field("company", "company")
            .field("status", "status")
            .field("estimated_value", "estimatedValue")
            .field("expected_close_date", "expectedCloseDate")
            .field("created_at", "createdAt")
            .field("updated_at", "updatedAt")
            .defaultSort(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")));

    private final LeadRepository leads;
    private final ProposalRepository proposals;
    private final ContactRegistration contacts;
    private final ProjectIntake projects;
    private final TeamDirectory team;
    private final OrganizationDirectory organization;
    private final AuditLog audit;
    private final Clock clock;

    LeadService(
            LeadRepository leads,
            ProposalRepository proposals,
            ContactRegistration contacts,
            ProjectIntake projects,
            TeamDirectory team,
            OrganizationDirectory organization,
            AuditLog audit,
            Clock clock) {
        this.leads = leads;
        this.proposals = proposals;
        this.contacts = contacts;
        this.projects = projects;
        this.team = team;
        this.organization = organization;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<LeadView> list(LeadFilter filter, Paging paging) {
        return PageResponse.of(leads.findAll(matching(filter), paging.pageable(SORT)), LeadView::of);
    }

    @Transactional(readOnly = true)
    public LeadView get(UUID id) {
        return LeadView.of(find(id));
    }

    @Transactional
    public LeadView create(LeadCommand command, CurrentUser actor) {
        var details = checked(command, actor.id());
        var lead = leads.saveAndFlush(new Lead(details, command.status(), actor.id(), clock.instant()));
        var view = LeadView.of(lead);
        audit.record("lead.created", "lead", lead.id(), null, view);
        return view;
    }

    @Transactional
    public LeadView update(UUID id, LeadCommand command, long version, CurrentUser actor) {
        var lead = find(id);
        if (lead.version() != version) {
            throw ConflictException.staleVersion("The lead", version, lead.version());
        }
        var before = LeadView.of(lead);
        lead.update(checked(command, lead.ownerId()), command.status(), clock.instant());
        leads.saveAndFlush(lead);
        var after = LeadView.of(lead);
        audit.record("lead.updated", "lead", id, before, after);
        return after;
    }

    /** Removes a lead from the pipeline; proposals made for it keep their reference. */
    @Transactional
    public void delete(UUID id, CurrentUser actor) {
        var lead = find(id);
        var before = LeadView.of(lead);
        lead.delete(clock.instant());
        audit.record("lead.deleted", "lead", id, before, null);
    }

    /**
     * Makes the lead a client: the live contact with its e-mail address, or a new person contact;
     * optionally a project for it; the lead becomes {@code won}, and proposals made for it now name
     * the contact as their client. Converting again answers with the same contact (and project; a
     * project asked for only the second time is started then).
     */
    @Transactional
    public LeadConversion convert(
            UUID id,
            boolean createProject,
            @Nullable String projectName,
            @Nullable ProjectType type,
            CurrentUser actor) {
        var lead = leads.lockLive(id).orElseThrow(() -> NotFoundException.of("Lead", id));
        var before = LeadView.of(lead);
        var now = clock.instant();
        var contactId = lead.contactId();
        if (contactId == null) {
            contactId = contacts.findOrCreatePerson(
                            lead.company() != null && lead.name().isBlank() ? lead.company() : lead.name(),
                            lead.email(),
                            lead.phone(),
                            lead.source(),
                            lead.ownerId(),
                            actor)
                    .id();
        }
        var projectId = lead.projectId();
        if (createProject && projectId == null) {
            var name = projectName == null || projectName.isBlank()
                    ? (lead.company() == null ? lead.name() : lead.company())
                    : projectName.strip();
            projectId = projects.plan(
                            name,
                            contactId,
                            type == null ? ProjectType.OTHER : type,
                            lead.estimatedValue(),
                            lead.currency(),
                            lead.ownerId() == null ? actor.id() : activeMember(lead.ownerId()),
                            lead.notes(),
                            actor)
                    .id();
        }
        var changed = lead.contactId() == null || !java.util.Objects.equals(projectId, lead.projectId());
        lead.convert(contactId, projectId, now);
        for (var proposal : proposals.findByLead(id)) {
            if (proposal.clientId() == null) {
                proposal.convertLeadTo(contactId);
            }
        }
        leads.saveAndFlush(lead);
        var after = LeadView.of(lead);
        if (changed) {
            audit.record("lead.converted", "lead", id, before, after);
        }
        return new LeadConversion(id, contactId, projectId, after);
    }

    /** The member as whom a background task acts (the lead's or proposal's owner). */
    CurrentUser actingAs(UUID memberId) {
        var account = team.findAccount(memberId).orElseThrow(() -> new IllegalStateException("No member " + memberId));
        return new CurrentUser(account.id(), account.email(), account.fullName(), account.role(), "system");
    }

    /** The member if still active (a deactivated one cannot manage a new project), else null. */
    @Nullable
    UUID activeMember(UUID memberId) {
        return team.findAccount(memberId)
                .filter(a -> a.isActive())
                .map(a -> a.id())
                .orElse(null);
    }

    Lead find(UUID id) {
        return leads.findLive(id).orElseThrow(() -> NotFoundException.of("Lead", id));
    }

    private LeadDetails checked(LeadCommand command, @Nullable UUID defaultOwner) {
        var code = command.currency() == null ? organization.current().defaultCurrency() : command.currency();
        java.util.Currency currency;
        try {
            currency = Money.currency(code);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("currency", "must be an ISO 4217 currency code such as EUR");
        }
        if (command.estimatedValue() != null && !Money.fitsMinorUnit(command.estimatedValue(), currency)) {
            throw InvalidInputException.field(
                    "estimated_value", "must have at most " + currency.getDefaultFractionDigits() + " decimals");
        }
        var owner = command.ownerId() == null ? defaultOwner : command.ownerId();
        if (command.ownerId() != null
                && team.findAccount(command.ownerId()).filter(a -> a.isActive()).isEmpty()) {
            throw InvalidInputException.field("owner_id", "must be an active member of the studio");
        }
        return new LeadDetails(
                command.name().strip(),
                clean(command.company()),
                command.email() == null || command.email().isBlank()
                        ? null
                        : command.email().strip().toLowerCase(Locale.ROOT),
                clean(command.phone()),
                command.estimatedValue(),
                code,
                clean(command.source()),
                owner,
                command.expectedCloseDate(),
                clean(command.notes()));
    }

    private static @Nullable String clean(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Specification<Lead> matching(LeadFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.isNull(root.get("deletedAt")));
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.ownerId() != null) {
                predicates.add(cb.equal(root.get("ownerId"), filter.ownerId()));
            }
            if (filter.source() != null && !filter.source().isBlank()) {
                predicates.add(cb.equal(
                        cb.lower(root.get("source")), filter.source().strip().toLowerCase(Locale.ROOT)));
            }
            if (filter.q() != null && !filter.q().isBlank()) {
                var pattern = "%"
                        + filter.q()
                                .strip()
                                .toLowerCase(Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_")
                        + "%";
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("name")), pattern, '\\'),
                        cb.like(cb.lower(cb.coalesce(root.get("company"), "")), pattern, '\\'),
                        cb.like(cb.lower(cb.coalesce(root.get("email"), "")), pattern, '\\')));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
