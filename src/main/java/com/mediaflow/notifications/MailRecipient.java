package com.mediaflow.notifications;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who an e-mail goes to. A member of the studio is named by id too, so that the kinds of e-mail they
 * switched off in their preferences are not sent to them; anyone else (a client) by address only.
 *
 * @param address a single e-mail address, e.g. {@code anna@client.com}
 * @param memberId the member behind the address, or {@code null} for someone outside the studio
 */
public record MailRecipient(String address, @Nullable UUID memberId) {

    private static final int MAX_LENGTH = 254;

    public MailRecipient {
        address = address.strip();
        if (address.length() > MAX_LENGTH || address.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("not a usable e-mail address");
        }
        try {
            var parsed = new InternetAddress(address, true);
            if (parsed.getPersonal() != null || !parsed.getAddress().equals(address) || !address.contains("@")) {
                throw new IllegalArgumentException("not a single plain e-mail address: " + address);
            }
        } catch (AddressException e) {
            throw new IllegalArgumentException("not a valid e-mail address: " + address, e);
        }
    }

    /** A member of the studio: their preferences apply. */
    public static MailRecipient member(UUID memberId, String address) {
        return new MailRecipient(address, memberId);
    }

    /** Someone outside the studio, such as a client. */
    public static MailRecipient address(String address) {
        return new MailRecipient(address, null);
    }

    /** The domain, the only part of an address that goes into logs. */
    public String domain() {
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }
}
