package com.mediaflow.tasks.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Minutes a member worked on a task on one day. The member's hourly cost and billable rate (and
 * their currency) are copied when the time is logged and never follow later rate changes, so the
 * cost of past work stays what it was.
 */
@Entity
@Table(name = "task_time_entries")
class TimeEntry {

    @Id
    private UUID id;

    @Column(name = "task_id", nullable = false, updatable = false)
    private UUID taskId;

    @Column(name = "project_id", nullable = false, updatable = false)
    private UUID projectId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private UUID memberId;

    @Column(name = "work_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false)
    private int minutes;

    private @Nullable String note;

    @Column(nullable = false)
    private boolean billable;

    @Column(name = "hourly_cost", updatable = false)
    private @Nullable BigDecimal hourlyCost;

    @Column(name = "billable_rate", updatable = false)
    private @Nullable BigDecimal billableRate;

    @Column(name = "rate_currency", nullable = false, updatable = false)
    private String rateCurrency;

    @Column(name = "created_by")
    private @Nullable UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected TimeEntry() {}

    TimeEntry(Task task, UUID memberId, WorkLog work, RateSnapshot rates, UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.taskId = task.id();
        this.projectId = task.projectId();
        this.memberId = memberId;
        this.hourlyCost = rates.hourlyCost();
        this.billableRate = rates.billableRate();
        this.rateCurrency = rates.currency();
        this.createdBy = createdBy;
        this.createdAt = now;
        correct(work, now);
    }

    /** Changes what was logged; the rates stay those of the day it was logged. */
    void correct(WorkLog work, Instant now) {
        this.date = work.date();
        this.minutes = work.minutes();
        this.note = work.note();
        this.billable = work.billable();
        this.updatedAt = now;
    }

    boolean isLoggedBy(UUID member) {
        return memberId.equals(member);
    }

    public UUID id() {
        return id;
    }

    public UUID taskId() {
        return taskId;
    }

    public UUID projectId() {
        return projectId;
    }

    public UUID memberId() {
        return memberId;
    }

    public LocalDate date() {
        return date;
    }

    public int minutes() {
        return minutes;
    }

    public @Nullable String note() {
        return note;
    }

    public boolean billable() {
        return billable;
    }

    public @Nullable BigDecimal hourlyCost() {
        return hourlyCost;
    }

    public @Nullable BigDecimal billableRate() {
        return billableRate;
    }

    public String rateCurrency() {
        return rateCurrency;
    }

    public @Nullable UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
