package com.mediaflow.accounting.internal;

import com.mediaflow.accounting.IncomeChanged;
import com.mediaflow.contacts.ContactDirectory;
import com.mediaflow.organization.OrganizationDirectory;
import com.mediaflow.projects.ProjectDirectory;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.ConflictException;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.NotFoundException;
import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.shared.web.SortFields;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Income: retainers and other money recorded by hand (by those who may view financials), and the
 * entries that payments on invoices make. Producers read the income of their own projects.
 */
@Service
public class IncomeLedger {

    static final SortFields SORT = SortFields.builder()
            .field("amount", "amount")
            .field("received_date", "receivedDate")
            .field("expected_date", "expectedDate")
            .field("created_at", "createdAt")
            .defaultSort(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")));

    private final IncomeRepository income;
    private final AccountingAccess access;
    private final ProjectDirectory projects;
    private final ContactDirectory contacts;
    private final OrganizationDirectory organization;
    private final AccountingCalendar calendar;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IncomeLedger(
            IncomeRepository income,
            AccountingAccess access,
            ProjectDirectory projects,
            ContactDirectory contacts,
            OrganizationDirectory organization,
            AccountingCalendar calendar,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.income = income;
        this.access = access;
        this.projects = projects;
        this.contacts = contacts;
        this.organization = organization;
        this.calendar = calendar;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<IncomeView> list(IncomeFilter filter, Paging paging, CurrentUser viewer) {
        access.requireFinancials(viewer);
        if (filter.dateFrom() != null
                && filter.dateTo() != null
                && filter.dateTo().isBefore(filter.dateFrom())) {
            throw InvalidInputException.field("date_to", "must be on or after date_from");
        }
        var scope = access.scope(viewer);
        var pageable = paging.pageable(SORT);
        if (scope.isEmpty()) {
            return PageResponse.of(Page.<IncomeView>empty(pageable));
        }
        return PageResponse.of(income.findAll(matching(filter, scope), pageable), IncomeView::of);
    }

    @Transactional(readOnly = true)
    public IncomeView get(UUID id, CurrentUser viewer) {
        return IncomeView.of(findVisible(id, viewer));
    }

    @Transactional
    public IncomeView record(IncomeDetails details, CurrentUser actor) {
        access.requireBookkeeper(actor);
        var entry = income.saveAndFlush(Income.record(checked(details, actor), actor.id(), clock.instant()));
        var view = IncomeView.of(entry);
        audit.record("income.created", "income", entry.id(), null, view);
        events.publishEvent(new IncomeChanged(entry.id(), entry.projectId()));
        return view;
    }

    @Transactional
    public IncomeView revise(UUID id, IncomeDetails details, long version, CurrentUser actor) {
        access.requireBookkeeper(actor);
        var entry = findVisible(id, actor);
        entry.requireDeletable();
        if (entry.version() != version) {
            throw ConflictException.staleVersion("Income", version, entry.version());
        }
        var before = IncomeView.of(entry);
        entry.revise(checked(details, actor), clock.instant());
        income.flush();
        var after = IncomeView.of(entry);
        audit.record("income.updated", "income", id, before, after);
        events.publishEvent(new IncomeChanged(id, entry.projectId()));
        return after;
    }

    @Transactional
    public void delete(UUID id, CurrentUser actor) {
        access.requireBookkeeper(actor);
        var entry = findVisible(id, actor);
        entry.requireDeletable();
        var before = IncomeView.of(entry);
        income.delete(entry);
        income.flush();
        audit.record("income.deleted", "income", id, before, null);
        events.publishEvent(new IncomeChanged(id, entry.projectId()));
    }

    @Transactional
    public IncomeView markReceived(UUID id, @Nullable LocalDate on, CurrentUser actor) {
        access.requireBookkeeper(actor);
        var entry = findVisible(id, actor);
        var date = on == null ? calendar.today() : on;
        if (date.isAfter(calendar.today())) {
            throw InvalidInputException.field("received_date", "cannot be in the future");
        }
        var before = IncomeView.of(entry);
        entry.markReceived(date, clock.instant());
        income.flush();
        var after = IncomeView.of(entry);
        audit.record("income.received", "income", id, before, after);
        events.publishEvent(new IncomeChanged(id, entry.projectId()));
        return after;
    }

    /** The one income entry of a payment, in the payment's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    UUID recordPayment(Invoice invoice, InvoicePayment payment) {
        var entry = income.save(Income.ofPayment(invoice, payment, clock.instant()));
        audit.record("income.created", "income", entry.id(), null, IncomeView.of(entry));
        return entry.id();
    }

    @Transactional(readOnly = true)
    @Nullable
    UUID incomeOfPayment(UUID paymentId) {
        return income.findByPaymentId(paymentId).map(Income::id).orElse(null);
    }

    private Income findVisible(UUID id, CurrentUser viewer) {
        access.requireFinancials(viewer);
        var entry = income.findById(id).orElseThrow(() -> NotFoundException.of("Income", id));
        if (!access.canSeeMoneyOf(viewer, entry.projectId())) {
            throw NotFoundException.of("Income", id);
        }
        return entry;
    }

    private IncomeDetails checked(IncomeDetails details, CurrentUser actor) {
        if (details.source() == IncomeSource.INVOICE_PAYMENT) {
            throw InvalidInputException.field(
                    "source", "invoice_payment entries are made by recording a payment on the invoice");
        }
        String fallback = organization.current().defaultCurrency();
        if (details.projectId() != null) {
            access.requireProjectVisible(actor, details.projectId());
            fallback = projects.find(details.projectId()).map(p -> p.currency()).orElse(fallback);
        }
        if (details.clientId() != null && !contacts.exists(details.clientId())) {
            throw InvalidInputException.field("client_id", "must be an existing contact");
        }
        var code = details.currency() == null ? fallback : details.currency();
        var currency = Amounts.currency("currency", code);
        var amount = Amounts.exact("amount", details.amount(), currency);
        if (amount.isNegative() || amount.isZero()) {
            throw InvalidInputException.field("amount", "must be more than 0");
        }
        if (details.status() == IncomeStatus.RECEIVED) {
            if (details.receivedDate() == null) {
                throw InvalidInputException.field("received_date", "is required for received income");
            }
            if (details.receivedDate().isAfter(calendar.today())) {
                throw InvalidInputException.field("received_date", "cannot be in the future");
            }
        } else if (details.expectedDate() == null) {
            throw InvalidInputException.field("expected_date", "is required for expected income");
        }
        return details.withCurrency(code);
    }

    private static Specification<Income> matching(IncomeFilter filter, com.mediaflow.projects.ProjectScope scope) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (!scope.unrestricted()) {
                predicates.add(root.get("projectId").in(scope.projectIds()));
            }
            if (filter.source() != null) {
                predicates.add(cb.equal(root.get("source"), filter.source()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.projectId() != null) {
                predicates.add(cb.equal(root.get("projectId"), filter.projectId()));
            }
            if (filter.clientId() != null) {
                predicates.add(cb.equal(root.get("clientId"), filter.clientId()));
            }
            if (filter.invoiceId() != null) {
                predicates.add(cb.equal(root.get("invoiceId"), filter.invoiceId()));
            }
            var date = cb.<LocalDate>coalesce(root.get("receivedDate"), root.get("expectedDate"));
            if (filter.dateFrom() != null) {
                predicates.add(cb.greaterThanOrEqualTo(date, filter.dateFrom()));
            }
            if (filter.dateTo() != null) {
                predicates.add(cb.lessThanOrEqualTo(date, filter.dateTo()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
