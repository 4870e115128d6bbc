/**
 * Development conveniences that exist only in the default (non-production) build: embedded
 * PostgreSQL, Redis and a mailbox, the start-up banner, and a page that shows captured e-mail.
 */
@ApplicationModule(displayName = "Development tools")
@NullMarked
package com.mediaflow.devtools;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
