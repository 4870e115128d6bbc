package com.mediaflow.proposals.internal;

import com.mediaflow.shared.web.InvalidStateException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A prospective client on its way through the pipeline (see {@link LeadStatus}). */
@Entity
@Table(name = "proposals_leads")
class Lead {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    private @Nullable String company;
    private @Nullable String email;
    private @Nullable String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LeadStatus status;

    @Column(name = "estimated_value")
    private @Nullable BigDecimal estimatedValue;

    @Column(nullable = false)
    private String currency;

    private @Nullable String source;

    @Column(name = "owner_id")
    private @Nullable UUID ownerId;

    @Column(name = "expected_close_date")
    private @Nullable LocalDate expectedCloseDate;

    private @Nullable String notes;

    @Column(name = "contact_id")
    private @Nullable UUID contactId;

    @Column(name = "project_id")
    private @Nullable UUID projectId;

    @Column(name = "converted_at")
    private @Nullable Instant convertedAt;

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

    @SuppressWarnings("NullAway.Init")
    protected Lead() {}

    Lead(LeadDetails details, @Nullable LeadStatus status, UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.status = status == null ? LeadStatus.NEW : status;
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(details, now);
    }

    void update(LeadDetails details, @Nullable LeadStatus newStatus, Instant now) {
        if (newStatus != null) {
            moveTo(newStatus, now);
        }
        apply(details, now);
    }

    private void apply(LeadDetails details, Instant now) {
        this.name = details.name();
        this.company = details.company();
        this.email = details.email();
        this.phone = details.phone();
        this.estimatedValue = details.estimatedValue();
        this.currency = details.currency();
        this.source = details.source();
        this.ownerId = details.ownerId();
        this.expectedCloseDate = details.expectedCloseDate();
        this.notes = details.notes();
        this.updatedAt = now;
    }

    /** Moves the lead along the pipeline; 409 INVALID_STATE naming the allowed moves otherwise. */
    void moveTo(LeadStatus target, Instant now) {
        if (!status.canMoveTo(target)) {
            throw InvalidStateException.because(
                    "A lead cannot move from " + status.value() + " to " + target.value(),
                    Map.of(
                            "status",
                            status.value(),
                            "allowed_transitions",
                            status.next().stream().map(LeadStatus::value).toList()));
        }
        if (target != status) {
            status = target;
            updatedAt = now;
        }
    }

    /** A proposal went out to the lead: an open lead moves to {@code proposal_sent}. */
    void proposalSent(Instant now) {
        if (status == LeadStatus.NEW || status == LeadStatus.CONTACTED || status == LeadStatus.QUALIFIED) {
            status = LeadStatus.PROPOSAL_SENT;
            updatedAt = now;
        }
    }

    /** The lead became a client: linked to its contact (and project), and won. */
    void convert(UUID contactId, @Nullable UUID projectId, Instant now) {
        if (status == LeadStatus.LOST) {
            status = LeadStatus.WON;
        }
        this.contactId = contactId;
        if (projectId != null) {
            this.projectId = projectId;
        }
        this.status = LeadStatus.WON;
        this.convertedAt = this.convertedAt == null ? now : this.convertedAt;
        this.updatedAt = now;
    }

    void linkProject(UUID projectId, Instant now) {
        this.projectId = projectId;
        this.updatedAt = now;
    }

    void delete(Instant now) {
        deletedAt = now;
        updatedAt = now;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    @Nullable
    String company() {
        return company;
    }

    @Nullable
    String email() {
        return email;
    }

    @Nullable
    String phone() {
        return phone;
    }

    LeadStatus status() {
        return status;
    }

    @Nullable
    BigDecimal estimatedValue() {
        return estimatedValue;
    }

    String currency() {
        return currency;
    }

    @Nullable
    String source() {
        return source;
    }

    @Nullable
    UUID ownerId() {
        return ownerId;
    }

    @Nullable
    LocalDate expectedCloseDate() {
        return expectedCloseDate;
    }

    @Nullable
    String notes() {
        return notes;
    }

    @Nullable
    UUID contactId() {
        return contactId;
    }

    @Nullable
    UUID projectId() {
        return projectId;
    }

    @Nullable
    Instant convertedAt() {
        return convertedAt;
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
}
