package com.mediaflow.accounting;

import static com.mediaflow.support.AccountingFixtures.invoiceBody;
import static com.mediaflow.support.AccountingFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.AccountingFixtures;
import com.mediaflow.support.Api;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.TestInfrastructure;
import com.mediaflow.support.TestUsers;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class InvoiceDocumentIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    Api api;
    AccountingFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        fixtures = new AccountingFixtures(api, jdbc);
    }

    @Test
    void theIssuedPdfShowsNumberClientItemsTaxLinesAndTotalsWithEmbeddedFonts() throws IOException {
        var manager = users.create(Role.MANAGER);
        var client = fixtures.projects().client(manager);
        var clientName = jdbc.sql("SELECT display_name FROM contacts WHERE id = :id")
                .param("id", client)
                .query(String.class)
                .single();
        var body = invoiceBody(
                client,
                "EUR",
                List.of(
                        item("Shoot day <b>Berlin</b>", "2", "1250.00", "19"),
                        item("Music licence", "1", "99.99", "7")));
        body.put("billing_address", "Hauptstraße 1\n10115 Berlin");
        body.put("notes", "<img src=\"file:///etc/passwd\"/>");
        var id = fixtures.draft(manager, body);
        String number = Json.read(fixtures.issue(manager, id), "$.number");

        var pdf = api.get(manager, "/api/accounting/invoices/" + id + "/pdf");

        assertThat(pdf).hasStatusOk();
        assertThat(pdf).hasContentType("application/pdf");
        assertThat(pdf).hasHeader("Content-Disposition", "inline; filename=\"" + number + ".pdf\"");
        try (var document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("INVOICE", number, clientName, "Hauptstraße 1", "10115 Berlin");
            assertThat(text).contains("Shoot day <b>Berlin</b>", "Music licence");
            assertThat(text).contains("<img src=\"file:///etc/passwd\"/>");
            assertThat(text).contains("Subtotal", "2,599.99");
            assertThat(text).contains("Tax 19 % on 2,500.00", "475.00");
            assertThat(text).contains("Tax 7 % on 99.99", "7.00");
            assertThat(text).contains("Total EUR", "3,081.99");
            assertThat(text).contains("Page 1 of 1");
            assertThat(text).doesNotContain("DRAFT");
            assertFontsEmbedded(document);
        }
    }

    @Test
    void theArchivedPdfIsServedByteForByteAndCurrentCopiesCarryTheStatus() throws IOException {
        var manager = users.create(Role.MANAGER);
        var id = fixtures.issued(manager, "EUR", "100.00");
        var first = bytes(api.get(manager, "/api/accounting/invoices/" + id + "/pdf"));
        api.patch(manager, "/api/accounting/invoices/" + id + "/mark-paid", java.util.Map.of());

        var again = bytes(api.get(manager, "/api/accounting/invoices/" + id + "/pdf"));
        var current = bytes(api.get(manager, "/api/accounting/invoices/" + id + "/pdf?copy=current"));

        assertThat(again).isEqualTo(first);
        var archived = jdbc.sql("SELECT content FROM accounting_invoice_documents WHERE invoice_id = :id")
                .param("id", UUID.fromString(id))
                .query(byte[].class)
                .single();
        assertThat(archived).isEqualTo(first);
        assertThat(text(first)).doesNotContain("PAID");
        assertThat(text(current)).contains("PAID");
        assertThat(api.get(manager, "/api/accounting/invoices/" + id + "/pdf?copy=latest"))
                .hasStatus(400);
    }

    @Test
    void draftsRenderLiveWithADraftMark() throws IOException {
        var manager = users.create(Role.MANAGER);
        var id = fixtures.draft(manager, "EUR", "42.00");

        var pdf = api.get(manager, "/api/accounting/invoices/" + id + "/pdf");

        assertThat(pdf).hasStatusOk();
        var text = text(bytes(pdf));
        assertThat(text).contains("DRAFT", "42.00");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM accounting_invoice_documents WHERE invoice_id = :id")
                        .param("id", UUID.fromString(id))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aCreditNotePdfSaysCreditNoteAndNamesTheInvoice() throws IOException {
        var manager = users.create(Role.MANAGER);
        var id = fixtures.issued(manager, "EUR", "100.00");
        String invoiceNumber = Json.read(api.get(manager, "/api/accounting/invoices/" + id), "$.number");
        var note = api.post(
                manager, "/api/accounting/invoices/" + id + "/credit-note", Api.body("reason", "Cancelled shoot"));

        var pdf = api.get(manager, "/api/accounting/invoices/" + Json.read(note, "$.id") + "/pdf");

        var text = text(bytes(pdf));
        assertThat(text).contains("CREDIT NOTE", (String) Json.read(note, "$.number"), invoiceNumber);
        assertThat(text).contains("Cancelled shoot", "100.00");
    }

    @Test
    void sendingMailsThePdfToTheClientWithALinkAndMarksTheInvoiceSent() throws Exception {
        var manager = users.create(Role.MANAGER);
        var email = "accounts-" + UUID.randomUUID().toString().substring(0, 8) + "@client.test";
        var client = fixtures.clientWithEmail(manager, email);
        var id = fixtures.draft(manager, invoiceBody(client, "EUR", List.of(item("Edit day", "1", "800.00", "19"))));
        String number = Json.read(fixtures.issue(manager, id), "$.number");
        var archived = bytes(api.get(manager, "/api/accounting/invoices/" + id + "/pdf"));

        var result = api.post(
                manager, "/api/accounting/invoices/" + id + "/send", Api.body("message", "Thanks for the shoot!"));

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.success").isEqualTo(true);
        assertThat(result).bodyJson().extractingPath("$.sent_to").isEqualTo(email);
        assertThat(result).bodyJson().extractingPath("$.invoice.status").isEqualTo("sent");
        assertThat((String) Json.read(result, "$.view_url")).endsWith("/invoices/" + id);
        var message = awaitMail(email);
        assertThat(message.getSubject()).contains(number);
        var parts = parts(message);
        var attachment = parts.stream()
                .filter(part -> Part.ATTACHMENT.equalsIgnoreCase(disposition(part)))
                .findFirst()
                .orElseThrow();
        assertThat(attachment.getFileName()).isEqualTo(number + ".pdf");
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(archived);
        var text = parts.stream()
                .filter(part -> isType(part, "text/plain"))
                .map(InvoiceDocumentIntegrationTests::content)
                .findFirst()
                .orElseThrow();
        assertThat(text).contains("Thanks for the shoot!", "952.00", "/invoices/" + id);
        List<String> timeline = List.of();
        for (int i = 0; i < 100 && !timeline.contains("invoice.sent"); i++) {
            Thread.sleep(100);
            timeline = Json.read(api.get(manager, "/api/contacts/" + client + "/activities"), "$.data[*].type");
        }
        assertThat(timeline).contains("invoice.issued", "invoice.sent");
    }

    @Test
    void draftsCannotBeSentAndAClientWithoutEmailNeedsARecipient() {
        var manager = users.create(Role.MANAGER);
        var draft = fixtures.draft(manager, "EUR", "10.00");
        var issued = fixtures.issued(manager, "EUR", "10.00");

        assertThat(api.post(
                        manager,
                        "/api/accounting/invoices/" + draft + "/send",
                        Api.body("recipient_email", "a@b.test")))
                .hasStatus(409);
        var noAddress = api.post(manager, "/api/accounting/invoices/" + issued + "/send", null);
        assertThat(noAddress).hasStatus(400);
        assertThat(noAddress).bodyJson().extractingPath("$.errors[0].field").isEqualTo("recipient_email");
    }

    private static void assertFontsEmbedded(PDDocument document) throws IOException {
        var fonts = new ArrayList<org.apache.pdfbox.pdmodel.font.PDFont>();
        for (var page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            assertThat(font.getName()).contains("DejaVuSans");
        });
    }

    private static byte[] bytes(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static MimeMessage awaitMail(String recipient) throws Exception {
        var mailbox = TestInfrastructure.mailbox();
        for (int i = 0; i < 100; i++) {
            for (var message : mailbox.getReceivedMessages()) {
                if (Arrays.stream(message.getAllRecipients())
                        .anyMatch(a -> a.toString().equals(recipient))) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail to " + recipient);
    }

    private static List<Part> parts(Part part) throws Exception {
        List<Part> parts = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                parts.addAll(parts(multipart.getBodyPart(i)));
            }
        } else {
            parts.add(part);
        }
        return parts;
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isType(Part part, String type) {
        try {
            return part.isMimeType(type) && part.getDisposition() == null;
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String content(Part part) {
        try {
            return part.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
