package com.mediaflow.notifications.web;

import com.mediaflow.notifications.internal.NotificationPreferences;
import com.mediaflow.notifications.internal.PreferencesView;
import com.mediaflow.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications/preferences")
@Tag(name = "Notifications")
class NotificationPreferencesController {

    private final NotificationPreferences preferences;

    NotificationPreferencesController(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    @Operation(
            summary = "Your notification preferences",
            description = "Every kind, in the app and by e-mail (`email` is null for kinds that never e-mail "
                    + "members). Invitation and password-reset e-mails are always sent.")
    PreferencesView get(@AuthenticationPrincipal CurrentUser user) {
        return preferences.of(user.id());
    }

    @PutMapping
    @Operation(
            summary = "Change your notification preferences",
            description = "Sets the listed kinds; kinds not listed keep their setting. Answers with all of them.")
    PreferencesView update(@Valid @RequestBody PreferenceRequests request, @AuthenticationPrincipal CurrentUser user) {
        return preferences.update(user.id(), request.changes());
    }
}
