/**
 * In-app notifications and the studio's e-mail.
 *
 * <ul>
 *   <li>{@link com.mediaflow.notifications.Notifications#notify}: a notification in a member's
 *       inbox and live stream, stored in the caller's transaction, delivered after its commit.
 *   <li>{@link com.mediaflow.notifications.Mailer}: e-mail from the Handlebars templates of
 *       {@link com.mediaflow.notifications.MailTemplate}, queued in the caller's transaction in a
 *       transactional outbox and sent by workers after the commit, retried until the SMTP server
 *       takes it.
 * </ul>
 *
 * <p>The module depends on no business module: those call it. (Listening to their events would
 * close a dependency cycle, since the team and auth modules already send mail through it.)
 */
@ApplicationModule(displayName = "Notifications")
@NullMarked
package com.mediaflow.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
