package com.mediaflow.projects.internal;

import com.mediaflow.contacts.ContactDirectory;
import com.mediaflow.organization.OrganizationDirectory;
import com.mediaflow.projects.ProjectCreated;
import com.mediaflow.projects.ProjectDeleted;
import com.mediaflow.projects.ProjectDependents;
import com.mediaflow.projects.ProjectDetailsChanged;
import com.mediaflow.projects.ProjectScope;
import com.mediaflow.projects.ProjectStatusChanged;
import com.mediaflow.projects.ProjectSummary;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.money.Money;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.ConflictException;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.NotFoundException;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.shared.web.SortFields;
import com.mediaflow.team.MemberStatus;
import com.mediaflow.team.TeamDirectory;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, reading, revising and deleting projects. Visibility comes from {@link ProjectMemberships}. */
@Service
public class ProjectService {

    static final SortFields SORT = SortFields.builder()
            .field("name", "name")
            .field("code", "code")
            .field("status", "statusRank")
            .field("type", "type")
            .field("start_date", "startDate")
            .field("end_date", "endDate")
            .field("deadline", "deadline")
            .field("created_at", "createdAt")
            .field("updated_at", "updatedAt")
            .defaultSort(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")));

    private final ProjectRepository projects;
    private final ProjectMemberRepository crew;
    private final ProjectMemberships memberships;
    private final ProjectCodes codes;
    private final ObjectProvider<ProjectDependents> dependents;
    private final ContactDirectory contacts;
    private final TeamDirectory team;
    private final OrganizationDirectory organization;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProjectService(
            ProjectRepository projects,
            ProjectMemberRepository crew,
            ProjectMemberships memberships,
            ProjectCodes codes,
            ObjectProvider<ProjectDependents> dependents,
            ContactDirectory contacts,
            TeamDirectory team,
            OrganizationDirectory organization,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.projects = projects;
        this.crew = crew;
        this.memberships = memberships;
        this.codes = codes;
        this.dependents = dependents;
        this.contacts = contacts;
        this.team = team;
        this.organization = organization;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<ProjectView> list(ProjectFilter filter, Paging paging, CurrentUser viewer) {
        var visible = memberships.visibleScope(viewer);
        var pageable = paging.pageable(SORT);
        if (visible.isEmpty()) {
            return PageResponse.of(Page.<ProjectView>empty(pageable));
        }
        var financials = memberships.financialScope(viewer);
        var page = projects.findAll(matching(filter, visible), pageable);
        return PageResponse.of(page, project -> ProjectView.of(project, financials.includes(project.id())));
    }

    @Transactional(readOnly = true)
    public ProjectView get(UUID id, CurrentUser viewer) {
        var project = findVisible(id, viewer);
        return ProjectView.of(project, memberships.canSeeFinancials(viewer, id));
    }

    @Transactional
    public ProjectView create(ProjectDetails details, @Nullable String code, CurrentUser actor) {
        var checked = checked(details, null, organization.current().defaultCurrency());
        String projectCode;
        if (code == null) {
            projectCode = codes.next();
        } else {
            requireFreeCode(code, null);
            projectCode = code;
        }
        var project = projects.saveAndFlush(Project.plan(projectCode, checked, actor.id(), clock.instant()));
        var view = ProjectView.of(project, true);
        audit.record("project.created", "project", project.id(), null, view);
        events.publishEvent(new ProjectCreated(
                project.id(), project.code(), project.name(), project.clientId(), project.managerId()));
        return view;
    }

    @Transactional
    public ProjectView update(UUID id, ProjectUpdate update, CurrentUser actor) {
        var project = findVisible(id, actor);
        if (project.version() != update.version()) {
            throw ConflictException.staleVersion("Project", update.version(), project.version());
        }
        var before = ProjectView.of(project, true);
        var checked = checked(update.details(), project, project.currency());
        var now = clock.instant();
        var from = project.status();
        if (update.status() != null && update.status() != from) {
            project.moveTo(update.status(), now);
        }
        if (update.code() != null && !update.code().equals(project.code())) {
            requireFreeCode(update.code(), project.id());
            project.recode(update.code(), now);
        }
        project.revise(checked, now);
        projects.flush();
        var after = ProjectView.of(project, true);
        audit.record("project.updated", "project", id, before, after);
        events.publishEvent(new ProjectDetailsChanged(id));
        if (project.status() != from) {
            events.publishEvent(new ProjectStatusChanged(id, from, project.status()));
        }
        return ProjectView.of(project, memberships.canSeeFinancials(actor, id));
    }

    /**
     * Deletes a project that nothing depends on yet, such as one created by mistake. Once it has
     * tasks (or, later, expenses, invoices or files) it is cancelled or completed instead, so its
     * history and money stay attached to it.
     */
    @Transactional
    public void delete(UUID id, CurrentUser actor) {
        var project = findVisible(id, actor);
        Map<String, Long> blocking = new LinkedHashMap<>();
        for (var dependent : dependents.orderedStream().toList()) {
            var count = dependent.countFor(id);
            if (count > 0) {
                blocking.put(dependent.kind(), count);
            }
        }
        if (!blocking.isEmpty()) {
            var what = blocking.entrySet().stream()
                    .map(entry -> entry.getValue() + " " + entry.getKey())
                    .reduce((a, b) -> a + ", " + b)
                    .orElse("");
            throw ConflictException.because(
                    "Project " + project.code() + " cannot be deleted while it has " + what
                            + "; set its status to cancelled instead",
                    Map.of("dependents", blocking));
        }
        var before = ProjectView.of(project, true);
        crew.deleteByProjectId(id);
        projects.delete(project);
        projects.flush();
        audit.record("project.deleted", "project", id, before, null);
        events.publishEvent(new ProjectDeleted(id, project.code()));
    }

    @Transactional(readOnly = true)
    public Optional<ProjectSummary> summary(UUID id) {
        return projects.findById(id).map(ProjectService::summaryOf);
    }

    Project findVisible(UUID id, CurrentUser viewer) {
        if (!memberships.isVisible(viewer, id)) {
            throw NotFoundException.of("Project", id);
        }
        return projects.findById(id).orElseThrow(() -> NotFoundException.of("Project", id));
    }

    private void requireFreeCode(String code, @Nullable UUID self) {
        var taken = self == null ? projects.existsByCode(code) : projects.existsByCodeAndIdNot(code, self);
        if (taken) {
            throw ConflictException.because("The project code " + code + " is already in use", Map.of("field", "code"));
        }
    }

    /**
     * Checks the rules bean validation cannot see, and fills in defaults and normalized tags. A client
     * or manager the project already has is not checked again: a contact deleted or a member
     * deactivated since must not stop the project from being edited or closed.
     */
    private ProjectDetails checked(ProjectDetails details, @Nullable Project current, String fallbackCurrency) {
        var sameClient = current != null && current.clientId().equals(details.clientId());
        if (!sameClient && !contacts.exists(details.clientId())) {
            throw InvalidInputException.field("client_id", "must be an existing contact");
        }
        var sameManager = current != null && Objects.equals(current.managerId(), details.managerId());
        if (details.managerId() != null && !sameManager) {
            var manager = team.findAccount(details.managerId());
            if (manager.isEmpty() || manager.get().status() == MemberStatus.DEACTIVATED) {
                throw InvalidInputException.field(
                        "manager_id", "must be a member of the studio who is not deactivated");
            }
        }
        if (details.startDate() != null
                && details.endDate() != null
                && details.endDate().isBefore(details.startDate())) {
            throw InvalidInputException.field("end_date", "must be on or after start_date");
        }
        if (details.startDate() != null
                && details.deadline() != null
                && details.deadline().isBefore(details.startDate())) {
            throw InvalidInputException.field("deadline", "must be on or after start_date");
        }
        var currencyCode = details.currency() == null ? fallbackCurrency : details.currency();
        java.util.Currency currency;
        try {
            currency = Money.currency(currencyCode);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("currency", "must be an ISO 4217 currency code such as EUR");
        }
        if (details.budget() != null && !Money.fitsMinorUnit(details.budget(), currency)) {
            throw InvalidInputException.field(
                    "budget",
                    "must have at most " + currency.getDefaultFractionDigits() + " decimals in " + currencyCode);
        }
        return details.withName(details.name().strip())
                .withCurrency(currencyCode)
                .withTags(normalizedTags(details.tags()));
    }

    static List<String> normalizedTags(List<String> tags) {
        var normalized = new LinkedHashSet<String>();
        for (var tag : tags) {
            var value = tag.strip().toLowerCase(Locale.ROOT);
            if (!value.isEmpty()) {
                normalized.add(value);
            }
        }
        return List.copyOf(normalized);
    }

    static ProjectSummary summaryOf(Project project) {
        return new ProjectSummary(
                project.id(),
                project.code(),
                project.name(),
                project.clientId(),
                project.status(),
                project.currency(),
                project.managerId());
    }

    private static Specification<Project> matching(ProjectFilter filter, ProjectScope visible) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (!visible.unrestricted()) {
                predicates.add(root.get("id").in(visible.projectIds()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.type() != null) {
                predicates.add(cb.equal(root.get("type"), filter.type()));
            }
            if (filter.clientId() != null) {
                predicates.add(cb.equal(root.get("clientId"), filter.clientId()));
            }
            if (filter.managerId() != null) {
                predicates.add(cb.equal(root.get("managerId"), filter.managerId()));
            }
            if (filter.tag() != null && !filter.tag().isBlank()) {
                var tag = filter.tag().strip().toLowerCase(Locale.ROOT);
                // Hibernate's array_position (0 when absent) accepts the varchar it binds against text[].
                predicates.add(cb.greaterThan(
                        cb.function("array_position", Integer.class, root.get("tags"), cb.literal(tag)), 0));
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
                        cb.like(cb.lower(root.get("code")), pattern, '\\')));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
