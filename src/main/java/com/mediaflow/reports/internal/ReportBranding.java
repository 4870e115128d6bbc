package com.mediaflow.reports.internal;

import com.mediaflow.documents.DocumentImage;
import com.mediaflow.files.FileAttachments;
import com.mediaflow.organization.OrganizationDirectory;
import com.mediaflow.organization.OrganizationProfile;
import com.mediaflow.reports.internal.charts.ChartColors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The studio as its reports show it: name, time zone, brand colour and logo. */
@Component
class ReportBranding {

    private static final Set<String> LOGO_TYPES = Set.of("image/png", "image/jpeg");

    private final OrganizationDirectory organization;
    private final FileAttachments files;

    ReportBranding(OrganizationDirectory organization, FileAttachments files) {
        this.organization = organization;
        this.files = files;
    }

    OrganizationProfile profile() {
        return organization.current();
    }

    ZoneId zone() {
        return ZoneId.of(profile().timezone());
    }

    /** The brand colour, or the default blue when it is not a plain {@code #RRGGBB}. */
    String brandColour() {
        return ChartColors.checked(profile().brandColor());
    }

    /** The studio's logo, when it has one that is a PNG or JPEG file. */
    Optional<DocumentImage> logo() {
        var fileId = profile().logoFileId();
        if (fileId == null
                || files.find(fileId)
                        .filter(found -> LOGO_TYPES.contains(found.contentType()))
                        .isEmpty()) {
            return Optional.empty();
        }
        try (var content = files.open(fileId)) {
            return Optional.of(new DocumentImage("logo", content.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the studio's logo " + fileId, e);
        }
    }
}
