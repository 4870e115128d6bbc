/** The studio's people: members, their roles, job titles and rates, and invitations to join. */
@ApplicationModule(displayName = "Team")
@NullMarked
package com.mediaflow.team;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
