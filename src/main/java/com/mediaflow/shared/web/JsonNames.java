package com.mediaflow.shared.web;

/** The API speaks snake_case; Java speaks camelCase. */
public final class JsonNames {

    private JsonNames() {}

    public static String snakeCase(String name) {
        var out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
