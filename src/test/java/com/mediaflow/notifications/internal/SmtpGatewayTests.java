package com.mediaflow.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class SmtpGatewayTests {

    @Test
    void aRefusedRecipientIsPermanent() throws Exception {
        var refused = new SendFailedException(
                "Invalid Addresses",
                new MessagingException("550 5.1.1 <ghost@client.test>: Recipient address rejected"),
                new Address[0],
                new Address[0],
                new Address[] {new InternetAddress("ghost@client.test")});

        assertThat(SmtpGateway.isPermanent(refused)).isTrue();
    }

    @Test
    void aFiveHundredReplyAnywhereInTheChainIsPermanent() {
        var failure = new MessagingException("Send failed", new MessagingException("554 5.7.1 Message rejected"));

        assertThat(SmtpGateway.isPermanent(failure)).isTrue();
    }

    @Test
    void aTemporaryReplyOrAConnectionProblemIsWorthAnotherTry() {
        var greylisted = new MessagingException("451 4.7.1 Greylisted, try again later");
        var unreachable =
                new MessagingException("Couldn't connect to host", new ConnectException("Connection refused"));
        var partlySent = new SendFailedException(
                "Partly", null, new Address[0], new Address[] {address("later@client.test")}, new Address[] {
                    address("ghost@client.test")
                });

        assertThat(SmtpGateway.isPermanent(greylisted)).isFalse();
        assertThat(SmtpGateway.isPermanent(unreachable)).isFalse();
        assertThat(SmtpGateway.isPermanent(partlySent)).isFalse();
    }

    @Test
    void aMalformedAddressIsPermanent() {
        assertThat(SmtpGateway.isPermanent(new AddressException("Missing final '@domain'")))
                .isTrue();
    }

    @Test
    void aFailureIsDescribedByItsKindAndFirstMessageOnOneLine() {
        var failure = new MessagingException("", new ConnectException("Connection refused\n  (port 25)"));

        assertThat(SmtpGateway.describe(failure)).isEqualTo("MessagingException: Connection refused (port 25)");
    }

    private static Address address(String value) {
        try {
            return new InternetAddress(value);
        } catch (AddressException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
