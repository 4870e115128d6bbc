package com.mediaflow.team;

import com.mediaflow.team.internal.TeamInvitations;
import com.mediaflow.team.internal.TeamMembers;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** What other modules may ask of the team: who a member is, and the steps of joining. */
@Service
public class TeamDirectory {

    private final TeamMembers members;
    private final TeamInvitations invitations;

    TeamDirectory(TeamMembers members, TeamInvitations invitations) {
        this.members = members;
        this.invitations = invitations;
    }

    public Optional<MemberAccount> findAccount(UUID id) {
        return members.accountById(id);
    }

    /** The member's current cost and billable rates, for costing logged time. */
    public Optional<MemberRates> findRates(UUID id) {
        return members.ratesById(id);
    }

    public Optional<MemberAccount> findAccountByEmail(String email) {
        return members.accountByEmail(email);
    }

    /** Makes the first member of an empty studio its owner; empty when the studio already has members. */
    public Optional<MemberAccount> registerFounder(String email, String fullName) {
        return members.registerFounder(email, fullName);
    }

    /** Consumes an invitation token and activates the invited member. */
    public MemberAccount acceptInvitation(String token, String fullName) {
        return invitations.accept(token, fullName);
    }

    public void recordLogin(UUID memberId) {
        members.recordLogin(memberId);
    }
}
