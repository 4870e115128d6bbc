package com.mediaflow.notifications;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;

/**
 * A file attached to an e-mail.
 *
 * @param filename the name the recipient sees, without any folder, e.g. {@code INV-2026-0001.pdf}
 * @param contentType its media type, e.g. {@code application/pdf}
 * @param content the bytes
 */
public record EmailAttachment(String filename, String contentType, byte[] content) {

    public static final String PDF = "application/pdf";

    public EmailAttachment {
        if (filename.isBlank()
                || filename.length() > 200
                || filename.chars().anyMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c))) {
            throw new IllegalArgumentException("attachment filename must be a plain name of up to 200 characters");
        }
        var type = parse(contentType);
        if (type.getPrimaryType().equals("*") || type.getSubType().equals("*")) {
            throw new IllegalArgumentException("attachment content type must be concrete: " + contentType);
        }
    }

    public static EmailAttachment pdf(String filename, byte[] content) {
        return new EmailAttachment(filename, PDF, content);
    }

    public boolean isPdf() {
        return parse(contentType).match(PDF);
    }

    private static ContentType parse(String contentType) {
        try {
            return new ContentType(contentType);
        } catch (ParseException e) {
            throw new IllegalArgumentException("attachment content type is invalid: " + contentType, e);
        }
    }
}
