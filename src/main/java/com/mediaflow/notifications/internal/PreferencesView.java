package com.mediaflow.notifications.internal;

import java.util.List;

/**
 * Every kind of notification with the member's choice, and the e-mails that are always sent.
 *
 * @param preferences one entry per kind, in a fixed order
 * @param alwaysSent e-mails no preference turns off: {@code invitation} and {@code password_reset}
 */
public record PreferencesView(List<PreferenceView> preferences, List<String> alwaysSent) {}
