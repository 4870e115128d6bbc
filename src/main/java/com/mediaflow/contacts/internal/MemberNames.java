package com.mediaflow.contacts.internal;

import com.mediaflow.team.MemberAccount;
import com.mediaflow.team.TeamDirectory;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The names of the team members who wrote notes or did things on a timeline, for display. */
@Component
class MemberNames {

    private final TeamDirectory team;

    MemberNames(TeamDirectory team) {
        this.team = team;
    }

    /** Each distinct member once; ids with no member are left out. */
    Map<UUID, String> of(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        ids.stream()
                .distinct()
                .forEach(
                        id -> team.findAccount(id).map(MemberAccount::fullName).ifPresent(name -> names.put(id, name)));
        return names;
    }
}
