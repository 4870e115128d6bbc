package com.mediaflow.team.internal;

import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.security.Permission;
import com.mediaflow.shared.security.Role;
import com.mediaflow.shared.web.ConflictException;
import com.mediaflow.shared.web.ForbiddenException;
import com.mediaflow.shared.web.InvalidStateException;
import com.mediaflow.shared.web.NotFoundException;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.shared.web.SortFields;
import com.mediaflow.team.MemberAccount;
import com.mediaflow.team.MemberDeactivated;
import com.mediaflow.team.MemberRates;
import com.mediaflow.team.MemberStatus;
import com.mediaflow.team.MemberUpdated;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The studio's members: listing, editing, role changes and deactivation. */
@Service
public class TeamMembers {

    static final SortFields SORT = SortFields.builder()
            .field("full_name", "fullName")
            .field("email", "email")
            .field("role", "role")
            .field("status", "status")
            .field("created_at", "createdAt")
            .defaultSort(Sort.by("fullName", "id"));

    private final MemberRepository members;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    TeamMembers(
            MemberRepository members, AuditLog audit, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.members = members;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<MemberView> list(MemberFilter filter, Paging paging, CurrentUser viewer) {
        var page = members.findAll(matching(filter), paging.pageable(SORT));
        return PageResponse.of(page, member -> view(member, viewer));
    }

    @Transactional(readOnly = true)
    public MemberView get(UUID id, CurrentUser viewer) {
        return view(find(id), viewer);
    }

    @Transactional
    public MemberView update(UUID id, MemberUpdate update, CurrentUser actor) {
        var member = find(id);
        if (member.version() != update.version()) {
            throw ConflictException.staleVersion("Member", update.version(), member.version());
        }
        var before = MemberView.of(member, true);
        var now = clock.instant();
        member.updateProfile(
                new MemberProfile(
                        member.email(),
                        update.fullName().strip(),
                        update.jobTitle(),
                        update.phone(),
                        update.hourlyCost(),
                        update.billableRate()),
                now);
        if (update.role() != null && update.role() != member.role()) {
            changeRole(member, update.role(), actor);
        }
        members.flush();
        var after = MemberView.of(member, true);
        audit.record("member.updated", "member", id, before, after);
        events.publishEvent(new MemberUpdated(id));
        return view(member, actor);
    }

    @Transactional
    public void deactivate(UUID id, CurrentUser actor) {
        var member = find(id);
        if (member.id().equals(actor.id())) {
            throw InvalidStateException.because("You cannot deactivate yourself");
        }
        if (member.status() == MemberStatus.DEACTIVATED) {
            return;
        }
        if (member.role() == Role.OWNER && member.status() == MemberStatus.ACTIVE) {
            lockOwners();
            if (members.countActiveOwners() <= 1) {
                throw InvalidStateException.because("The studio must keep at least one active owner");
            }
        }
        var before = MemberView.of(member, true);
        member.deactivate(clock.instant());
        members.flush();
        audit.record("member.deactivated", "member", id, before, MemberView.of(member, true));
        events.publishEvent(new MemberDeactivated(id));
    }

    private void changeRole(Member member, Role role, CurrentUser actor) {
        if (!actor.isOwner()) {
            throw ForbiddenException.because("Only an owner can change roles");
        }
        if (member.role() == Role.OWNER) {
            lockOwners();
            if (member.status() == MemberStatus.ACTIVE && members.countActiveOwners() <= 1) {
                throw InvalidStateException.because("The studio must keep at least one active owner");
            }
        }
        var from = member.role();
        member.changeRole(role, clock.instant());
        audit.record(
                "member.role_changed",
                "member",
                member.id(),
                java.util.Map.of("role", from.value()),
                java.util.Map.of("role", role.value()));
    }

    /** Serializes changes that could leave the studio without an owner. */
    private void lockOwners() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('team.owners'))")
                .query()
                .singleRow();
    }

    // The operations below serve sign-in (through TeamDirectory).

    @Transactional(readOnly = true)
    public Optional<MemberAccount> accountById(UUID id) {
        return members.findById(id).map(Member::account);
    }

    @Transactional(readOnly = true)
    public Optional<MemberRates> ratesById(UUID id) {
        return members.findById(id).map(member -> new MemberRates(member.hourlyCost(), member.billableRate()));
    }

    @Transactional(readOnly = true)
    public Optional<MemberAccount> accountByEmail(String email) {
        return members.findByEmail(normalizeEmail(email)).map(Member::account);
    }

    /** The first sign-up of an empty system becomes its owner; afterwards joining is by invitation. */
    @Transactional
    public Optional<MemberAccount> registerFounder(String email, String fullName) {
        lockOwners();
        if (members.count() > 0) {
            return Optional.empty();
        }
        var member = members.save(Member.founder(normalizeEmail(email), fullName.strip(), clock.instant()));
        audit.recordAs(
                com.mediaflow.shared.audit.AuditActor.member(member.id(), member.email()),
                "member.registered",
                "member",
                member.id(),
                null,
                MemberView.of(member, true));
        return Optional.of(member.account());
    }

    @Transactional
    public void recordLogin(UUID id) {
        members.recordLogin(id, clock.instant());
    }

    Member find(UUID id) {
        return members.findById(id).orElseThrow(() -> NotFoundException.of("Member", id));
    }

    static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static MemberView view(Member member, CurrentUser viewer) {
        var showRates = viewer.has(Permission.CAN_VIEW_FINANCIALS)
                || viewer.has(Permission.CAN_MANAGE_TEAM)
                || viewer.id().equals(member.id());
        return MemberView.of(member, showRates);
    }

    private static Specification<Member> matching(MemberFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.q() != null && !filter.q().isBlank()) {
                var pattern = "%"
                        + filter.q()
                                .strip()
                                .toLowerCase(Locale.ROOT)
                                .replace("%", "\\%")
                                .replace("_", "\\_") + "%";
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("fullName")), pattern, '\\'),
                        cb.like(cb.lower(root.get("email")), pattern, '\\'),
                        cb.like(cb.lower(root.get("jobTitle")), pattern, '\\')));
            }
            if (filter.role() != null) {
                predicates.add(cb.equal(root.get("role"), filter.role()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
