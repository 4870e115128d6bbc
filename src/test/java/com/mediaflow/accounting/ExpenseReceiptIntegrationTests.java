package com.mediaflow.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.shared.security.Role;
import com.mediaflow.support.AccountingFixtures;
import com.mediaflow.support.Api;
import com.mediaflow.support.FileFixtures;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.Json;
import com.mediaflow.support.TestUsers;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class ExpenseReceiptIntegrationTests {

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
    void theSubmitterAttachesAReceiptThatTheFilesModuleKeeps() {
        var editor = users.create(Role.EDITOR);
        var id = fixtures.expense(editor, Map.of());

        var result = attach(editor, id, "receipt.pdf", FileFixtures.pdf());

        assertThat(result).hasStatusOk();
        String fileId = Json.read(result, "$.receipt_file_id");
        assertThat(fileId).isNotNull();
        var listed = api.get(editor, "/api/files?entity_type=expense&entity_id=" + id);
        assertThat(listed).hasStatusOk();
        List<String> ids = Json.read(listed, "$.data[*].id");
        assertThat(ids).containsExactly(fileId);
        assertThat(api.get(editor, "/api/files/" + fileId + "/download")).hasStatusOk();
    }

    @Test
    void othersCannotSeeOrAttachReceipts() {
        var editor = users.create(Role.EDITOR);
        var stranger = users.create(Role.EDITOR);
        var manager = users.create(Role.MANAGER);
        var id = fixtures.expense(editor, Map.of());
        String fileId = Json.read(attach(editor, id, "receipt.jpg", FileFixtures.jpeg(64, 64)), "$.receipt_file_id");

        assertThat(attach(stranger, id, "fake.pdf", FileFixtures.pdf())).hasStatus(404);
        assertThat(api.get(stranger, "/api/files/" + fileId + "/download")).hasStatus(404);
        assertThat(attach(manager, id, "scan.pdf", FileFixtures.pdf())).hasStatusOk();
        assertThat(attach(editor, id, "virus.exe", FileFixtures.windowsProgram()))
                .hasStatus(415);
    }

    @Test
    void theStudioLogoIsOnTheInvoicePdf() throws IOException {
        var owner = users.create(Role.OWNER);
        var upload = new FileFixtures(mvc)
                .upload(owner, "organization", new UUID(0, 0), "logo.png", FileFixtures.png(120, 40));
        assertThat(upload).hasStatus(201);
        UUID logo = UUID.fromString(Json.read(upload, "$.id"));
        jdbc.sql("UPDATE organization_settings SET logo_file_id = :logo WHERE id = 1")
                .param("logo", logo)
                .update();
        try {
            var id = fixtures.draft(owner, "EUR", "10.00");

            var pdf = api.get(owner, "/api/accounting/invoices/" + id + "/pdf");

            assertThat(pdf).hasStatusOk();
            try (var document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
                var resources = document.getPage(0).getResources();
                var images = 0;
                for (var name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
                assertThat(images).isEqualTo(1);
            }
        } finally {
            jdbc.sql("UPDATE organization_settings SET logo_file_id = NULL WHERE id = 1")
                    .update();
        }
    }

    private MvcTestResult attach(TestUsers.TestUser user, String expenseId, String name, byte[] bytes) {
        return mvc.post()
                .uri("/api/accounting/expenses/" + expenseId + "/receipt")
                .multipart()
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .header("Authorization", user.bearer())
                .exchange();
    }
}
