package com.mediaflow.team.internal;

import com.mediaflow.shared.security.Role;
import com.mediaflow.team.MemberAccount;
import com.mediaflow.team.MemberStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "team_members")
class Member {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String email;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberStatus status;

    @Column(name = "job_title")
    private @Nullable String jobTitle;

    private @Nullable String phone;

    @Column(name = "hourly_cost")
    private @Nullable BigDecimal hourlyCost;

    @Column(name = "billable_rate")
    private @Nullable BigDecimal billableRate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deactivated_at")
    private @Nullable Instant deactivatedAt;

    @Column(name = "last_login_at")
    private @Nullable Instant lastLoginAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Member() {}

    private Member(String email, String fullName, Role role, MemberStatus status, Instant now) {
        this.id = UUID.randomUUID();
        this.email = email;
        this.fullName = fullName;
        this.role = role;
        this.status = status;
        this.createdAt = now;
        this.updatedAt = now;
    }

    static Member founder(String email, String fullName, Instant now) {
        return new Member(email, fullName, Role.OWNER, MemberStatus.ACTIVE, now);
    }

    static Member invited(MemberProfile profile, Role role, Instant now) {
        var member = new Member(profile.email(), profile.fullName(), role, MemberStatus.INVITED, now);
        member.updateProfile(profile, now);
        return member;
    }

    void activate(String fullName, Instant now) {
        if (status != MemberStatus.INVITED) {
            throw new IllegalStateException("Only an invited member can be activated");
        }
        this.fullName = fullName;
        this.status = MemberStatus.ACTIVE;
        this.updatedAt = now;
    }

    void updateProfile(MemberProfile profile, Instant now) {
        this.fullName = profile.fullName();
        this.jobTitle = profile.jobTitle();
        this.phone = profile.phone();
        this.hourlyCost = profile.hourlyCost();
        this.billableRate = profile.billableRate();
        this.updatedAt = now;
    }

    void changeRole(Role role, Instant now) {
        this.role = role;
        this.updatedAt = now;
    }

    void deactivate(Instant now) {
        this.status = MemberStatus.DEACTIVATED;
        this.deactivatedAt = now;
        this.updatedAt = now;
    }

    MemberAccount account() {
        return new MemberAccount(id, email, fullName, role, status);
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String fullName() {
        return fullName;
    }

    public Role role() {
        return role;
    }

    public MemberStatus status() {
        return status;
    }

    public @Nullable String jobTitle() {
        return jobTitle;
    }

    public @Nullable String phone() {
        return phone;
    }

    public @Nullable BigDecimal hourlyCost() {
        return hourlyCost;
    }

    public @Nullable BigDecimal billableRate() {
        return billableRate;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public @Nullable Instant lastLoginAt() {
        return lastLoginAt;
    }

    public long version() {
        return version;
    }
}
