package com.mediaflow.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.support.Json;
import com.mediaflow.support.TestUsers.TestUser;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Calls the contact routes the way the front end does, for tests that need contacts to exist. */
final class ContactsApi {

    private final MockMvcTester mvc;

    ContactsApi(MockMvcTester mvc) {
        this.mvc = mvc;
    }

    /** A word no other test uses, to name, tag and find what one test creates. */
    static String uniqueWord() {
        return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    MvcTestResult post(TestUser user, String json) {
        return mvc.post()
                .uri("/api/contacts")
                .header("Authorization", user.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    MvcTestResult put(TestUser user, String id, String json) {
        return mvc.put()
                .uri("/api/contacts/" + id)
                .header("Authorization", user.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    MvcTestResult get(TestUser user, String uri) {
        return mvc.get().uri(uri).header("Authorization", user.bearer()).exchange();
    }

    MvcTestResult delete(TestUser user, String id) {
        return mvc.delete()
                .uri("/api/contacts/" + id)
                .header("Authorization", user.bearer())
                .exchange();
    }

    String createPerson(TestUser user, String firstName, String lastName, String email) {
        return created(post(user, """
                {"type": "person", "first_name": "%s", "last_name": "%s", "email": "%s"}
                """.formatted(firstName, lastName, email)));
    }

    String createCompany(TestUser user, String name) {
        return created(post(user, """
                {"type": "company", "name": "%s"}
                """.formatted(name)));
    }

    static String created(MvcTestResult result) {
        assertThat(result).hasStatus(201);
        return Json.read(result, "$.id");
    }
}
