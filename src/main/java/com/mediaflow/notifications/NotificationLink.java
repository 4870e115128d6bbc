package com.mediaflow.notifications;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a notification points at: the entity (for clients that route by type and id) and the path
 * of its page in the front end.
 *
 * @param entityType the entity's kind in snake_case, e.g. {@code task} or {@code invoice}
 * @param entityId the entity's id
 * @param path the front-end path, starting with a single {@code /}, e.g. {@code /tasks/3f2a...}
 */
public record NotificationLink(String entityType, UUID entityId, String path) {

    private static final Pattern ENTITY_TYPE = Pattern.compile("[a-z][a-z0-9_]{0,49}");
    private static final Pattern PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~!$&'()*+,;=:@%/?#]{0,499}");

    public NotificationLink {
        if (!ENTITY_TYPE.matcher(entityType).matches()) {
            throw new IllegalArgumentException("entity type must be snake_case, up to 50 characters");
        }
        if (!PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("path must be a front-end path starting with one '/': " + path);
        }
    }

    public static NotificationLink to(String entityType, UUID entityId, String path) {
        return new NotificationLink(entityType, entityId, path);
    }
}
