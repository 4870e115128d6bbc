package com.mediaflow.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class OrganizationSettingsIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Test
    void anOwnerUpdatesTheStudioDetailsWithTheVersionTheyRead() {
        var owner = users.create(Role.OWNER);
        int version = Json.read(get(owner), "$.version");

        var result = put(owner, settings("Northlight Films", "EUR", "#0A84FF", version));

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.name").isEqualTo("Northlight Films");
        assertThat(result).bodyJson().extractingPath("$.bank_details.iban").isEqualTo("DE89370400440532013000");
        assertThat(result).bodyJson().extractingPath("$.address.country").isEqualTo("DE");
        assertThat(result).bodyJson().extractingPath("$.version").isEqualTo(version + 1);

        var stale = put(owner, settings("Someone Else", "EUR", "#0A84FF", version));
        assertThat(stale).hasStatus(409);
    }

    @Test
    void everyMemberReadsTheSettingsButOnlyOwnersChangeThem() {
        var manager = users.create(Role.MANAGER);
        int version = Json.read(get(manager), "$.version");

        assertThat(get(manager)).hasStatusOk();
        assertThat(put(manager, settings("Hijacked", "EUR", "#000000", version)))
                .hasStatus(403);
    }

    @Test
    void aMemberWithoutThePermissionGetsForbiddenEvenForAnInvalidBody() {
        var producer = users.create(Role.PRODUCER);

        var result = put(producer, "{}");

        assertThat(result).hasStatus(403);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("FORBIDDEN");
    }

    @Test
    void invalidSettingsAreRejectedPerField() {
        var owner = users.create(Role.OWNER);
        int version = Json.read(get(owner), "$.version");

        var badColour = put(owner, settings("Studio", "EUR", "blue", version));
        var badCurrency = put(owner, settings("Studio", "XYZ", "#FFFFFF", version));

        assertThat(badColour).hasStatus(400);
        assertThat(badColour).bodyJson().extractingPath("$.errors[0].field").isEqualTo("brand_color");
        assertThat(badCurrency).hasStatus(400);
        assertThat(badCurrency).bodyJson().extractingPath("$.errors[0].field").isEqualTo("default_currency");
    }

    private MvcTestResult get(TestUsers.TestUser user) {
        return mvc.get()
                .uri("/api/settings/organization")
                .header("Authorization", user.bearer())
                .exchange();
    }

    private MvcTestResult put(TestUsers.TestUser user, String body) {
        return mvc.put()
                .uri("/api/settings/organization")
                .header("Authorization", user.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private static String settings(String name, String currency, String colour, int version) {
        return """
                {"name": "%s", "legal_name": "%s GmbH", "email": "hello@studio.test", "phone": "+49 30 1234567",
                 "website": "https://studio.test",
                 "address": {"line1": "Torstrasse 1", "line2": null, "city": "Berlin", "postal_code": "10119",
                             "region": "Berlin", "country": "DE"},
                 "tax_id": "DE123456789", "logo_file_id": null, "default_currency": "%s",
                 "invoice_prefix": "INV", "credit_note_prefix": "CN", "proposal_prefix": "PROP",
                 "payment_terms_days": 14,
                 "bank_details": {"account_name": "%s", "bank_name": "Commerzbank",
                                  "iban": "DE89370400440532013000", "bic": "COBADEFFXXX", "account_number": null},
                 "brand_color": "%s", "timezone": "Europe/Berlin", "version": %d}
                """.formatted(name, name, currency, name, colour, version);
    }
}
