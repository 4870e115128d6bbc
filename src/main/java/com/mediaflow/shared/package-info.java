/**
 * Conventions every module uses: problem-details errors, paging, the role and permission matrix,
 * the current user, the audit log, idempotency keys and rate limits.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package com.mediaflow.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
