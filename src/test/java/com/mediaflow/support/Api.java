package com.mediaflow.support;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/** Requests through the real HTTP layer as a signed-in member, with JSON bodies written from maps. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvcTester mvc;

    public Api(MockMvcTester mvc) {
        this.mvc = mvc;
    }

    public MvcTestResult get(TestUsers.TestUser user, String uri) {
        return mvc.get().uri(uri).header("Authorization", user.bearer()).exchange();
    }

    public MvcTestResult post(TestUsers.TestUser user, String uri, @Nullable Map<String, ?> body) {
        var request = mvc.post().uri(uri).header("Authorization", user.bearer());
        return body == null
                ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(body))
                        .exchange();
    }

    public MvcTestResult put(TestUsers.TestUser user, String uri, Map<String, ?> body) {
        return mvc.put()
                .uri(uri)
                .header("Authorization", user.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))
                .exchange();
    }

    public MvcTestResult patch(TestUsers.TestUser user, String uri, Map<String, ?> body) {
        return mvc.patch()
                .uri(uri)
                .header("Authorization", user.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))
                .exchange();
    }

    public MvcTestResult delete(TestUsers.TestUser user, String uri) {
        return mvc.delete().uri(uri).header("Authorization", user.bearer()).exchange();
    }

    /** A JSON body as a mutable map, to adjust per test: {@code body("name", "Spot", "type", "commercial")}. */
    public static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
