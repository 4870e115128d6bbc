/** The HTTP routes of notifications: the member's inbox, live stream and preferences; the owner's outbox. */
@NullMarked
package com.mediaflow.notifications.web;

import org.jspecify.annotations.NullMarked;
