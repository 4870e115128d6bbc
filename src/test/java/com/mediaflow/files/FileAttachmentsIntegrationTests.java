package com.mediaflow.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mediaflow.files.internal.FileStorage;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.security.Role;
import com.mediaflow.shared.web.ForbiddenException;
import com.mediaflow.support.Api;
import com.mediaflow.support.FileFixtures;
import com.mediaflow.support.IntegrationTest;
import com.mediaflow.support.ProjectFixtures;
import com.mediaflow.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/** The files API as another module uses it (accounting storing a receipt, documents reading a logo). */
@IntegrationTest
class FileAttachmentsIntegrationTests {

    @Autowired
    FileAttachments files;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    FileStorage storage;

    @Autowired
    TransactionTemplate transactions;

    ProjectFixtures projects;

    @BeforeEach
    void setUp() {
        projects = new ProjectFixtures(new Api(mvc), jdbc);
    }

    @Test
    void aModuleStoresListsReadsAndRemovesTheFilesOfItsRecord() throws IOException {
        var producer = users.create(Role.PRODUCER);
        var projectId = UUID.fromString(projects.project(producer));
        var pdf = FileFixtures.pdf();

        var stored = files.store("project", projectId, "call sheet.pdf", new ByteArrayInputStream(pdf), as(producer));

        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.sha256()).isEqualTo(FileFixtures.sha256(pdf));
        assertThat(files.list("project", projectId)).extracting(StoredFile::id).containsExactly(stored.id());
        assertThat(files.count("project", projectId)).isEqualTo(1);
        assertThat(files.find(stored.id())).contains(stored);
        try (var in = files.open(stored.id())) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }

        transactions.executeWithoutResult(status -> files.deleteAllOf("project", projectId));

        assertThat(files.list("project", projectId)).isEmpty();
        assertThat(files.find(stored.id())).isEmpty();
    }

    @Test
    void storingChecksWhoIsUploading() {
        var producer = users.create(Role.PRODUCER);
        var assistant = users.create(Role.ASSISTANT);
        var projectId = UUID.fromString(projects.projectWithCrew(producer, assistant));

        assertThatThrownBy(() -> files.store(
                        "project",
                        projectId,
                        "notes.txt",
                        new ByteArrayInputStream(FileFixtures.text(10)),
                        as(assistant)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(files.count("project", projectId)).isZero();
    }

    @Test
    void aFileStoredInATransactionThatRollsBackLeavesNoBytes() throws IOException {
        var producer = users.create(Role.PRODUCER);
        var projectId = UUID.fromString(projects.project(producer));
        var before = FileUploadIntegrationTests.countStoredFiles(storage);

        transactions.executeWithoutResult(status -> {
            files.store(
                    "project", projectId, "receipt.pdf", new ByteArrayInputStream(FileFixtures.pdf()), as(producer));
            status.setRollbackOnly();
        });

        assertThat(files.count("project", projectId)).isZero();
        assertThat(FileUploadIntegrationTests.countStoredFiles(storage)).isEqualTo(before);
    }

    private static CurrentUser as(TestUsers.TestUser user) {
        return new CurrentUser(user.id(), user.email(), user.fullName(), user.role(), "test-session");
    }
}
