/** How notifications and e-mail work inside: templates, the outbox and its worker, the live stream. */
@NullMarked
package com.mediaflow.notifications.internal;

import org.jspecify.annotations.NullMarked;
