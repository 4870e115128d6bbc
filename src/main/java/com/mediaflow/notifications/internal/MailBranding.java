package com.mediaflow.notifications.internal;

import com.mediaflow.organization.OrganizationProfile;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The studio's details as the templates see them ({@code studio.*}). */
record MailBranding(
        String name,
        String brandColor,
        String brandTextColor,
        List<String> addressLines,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String website,
        ZoneId zone) {

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final String FALLBACK_COLOR = "#1F6FEB";

    static MailBranding of(OrganizationProfile profile) {
        var color = COLOR.matcher(profile.brandColor()).matches() ? profile.brandColor() : FALLBACK_COLOR;
        return new MailBranding(
                profile.name(),
                color,
                readableTextOn(color),
                addressLines(profile.address()),
                profile.email(),
                profile.phone(),
                profile.website(),
                zone(profile.timezone()));
    }

    Map<String, Object> asModel() {
        var model = new LinkedHashMap<String, Object>();
        model.put("name", name);
        model.put("brandColor", brandColor);
        model.put("brandTextColor", brandTextColor);
        model.put("addressLines", addressLines);
        model.put("address", String.join(", ", addressLines));
        if (email != null) {
            model.put("email", email);
        }
        if (phone != null) {
            model.put("phone", phone);
        }
        if (website != null) {
            model.put("website", website);
        }
        return model;
    }

    /** Black or white, whichever reads better on the brand colour (WCAG relative luminance). */
    static String readableTextOn(String color) {
        var luminance = 0.2126 * channel(color, 1) + 0.7152 * channel(color, 3) + 0.0722 * channel(color, 5);
        return luminance > 0.179 ? "#000000" : "#FFFFFF";
    }

    private static double channel(String color, int start) {
        var value = Integer.parseInt(color.substring(start, start + 2), 16) / 255.0;
        return value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }

    private static List<String> addressLines(OrganizationProfile.Address address) {
        var lines = new ArrayList<String>();
        Stream.of(address.line1(), address.line2())
                .filter(MailBranding::present)
                .forEach(lines::add);
        var city = Stream.of(address.postalCode(), address.city())
                .filter(MailBranding::present)
                .collect(Collectors.joining(" "));
        var region = Stream.of(city, address.region(), address.country())
                .filter(MailBranding::present)
                .collect(Collectors.joining(", "));
        if (!region.isEmpty()) {
            lines.add(region);
        }
        return List.copyOf(lines);
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    private static ZoneId zone(String timezone) {
        try {
            return ZoneId.of(timezone);
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
