/** Sign-in: credentials, access and refresh tokens, lockout, password change and reset. */
@ApplicationModule(displayName = "Auth")
@NullMarked
package com.mediaflow.auth;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
