/** Outgoing e-mail (and, later, in-app notifications). Other modules hand it messages through {@link com.mediaflow.notifications.Mailer}. */
@ApplicationModule(displayName = "Notifications")
@NullMarked
package com.mediaflow.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
