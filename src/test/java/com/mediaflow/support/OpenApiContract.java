package com.mediaflow.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.UnsupportedEncodingException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Holds every API response the integration tests see to the OpenAPI document the application
 * serves: the route and its status code must be documented, and a JSON body must match the
 * documented schema (JSON Schema 2020-12, as OpenAPI 3.1 uses; objects may not carry undocumented
 * properties). So the document cannot drift from the code.
 */
@TestComponent
public class OpenApiContract implements MockMvcBuilderCustomizer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final WebApplicationContext context;
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();
    private volatile JsonNode document;

    OpenApiContract(WebApplicationContext context) {
        this.context = context;
    }

    @Override
    public void customize(ConfigurableMockMvcBuilder<?> builder) {
        builder.alwaysDo(this::check);
    }

    private void check(MvcResult result) throws UnsupportedEncodingException {
        var request = result.getRequest();
        var response = result.getResponse();
        if (!request.getRequestURI().startsWith("/api/")) {
            return;
        }
        if (request.isAsyncStarted()) {
            // A streamed body is still being written; the async dispatch that follows is checked instead.
            return;
        }
        var body = response.getContentAsString();
        var contentType = mediaType(response.getContentType());
        var pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern == null) {
            // Answered before a controller ran: security, rate limits, unknown routes, idempotent replays.
            if (!body.isEmpty() && "application/problem+json".equals(contentType)) {
                validate(
                        "#/components/schemas/Problem",
                        problemSchema(),
                        body,
                        request.getMethod() + " " + request.getRequestURI());
            }
            return;
        }
        var where = request.getMethod() + " " + pattern;
        var operation =
                document().path("paths").path(pattern).path(request.getMethod().toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            throw new AssertionError("The OpenAPI document does not describe " + where);
        }
        var status = String.valueOf(response.getStatus());
        var documented = operation.path("responses").path(status);
        if (documented.isMissingNode()) {
            throw new AssertionError("The OpenAPI document does not list status " + status + " for " + where
                    + " (it lists " + fieldNames(operation.path("responses")) + ")");
        }
        if (body.isEmpty() || contentType == null || !contentType.contains("json")) {
            return;
        }
        var media = documented.path("content").path(contentType);
        if (media.isMissingNode()) {
            media = documented.path("content").path("*/*");
        }
        if (media.isMissingNode() || media.path("schema").isMissingNode()) {
            throw new AssertionError(
                    "The OpenAPI document has no " + contentType + " schema for " + status + " of " + where);
        }
        validate(where + " " + status, media.path("schema"), body, where);
    }

    private void validate(String key, JsonNode schema, String body, String where) {
        var compiledSchema = compiled.computeIfAbsent(key, k -> compile(schema));
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("The response of " + where + " is not JSON: " + body, e);
        }
        var errors = compiledSchema.validate(instance);
        if (!errors.isEmpty()) {
            throw new AssertionError("The response of " + where + " does not match the OpenAPI document:\n  "
                    + errors.stream().map(Object::toString).collect(Collectors.joining("\n  ")) + "\nbody: " + body);
        }
    }

    private JsonSchema compile(JsonNode schema) {
        var root = (ObjectNode) schema.deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        var components = (ObjectNode) document().path("components").deepCopy();
        components.path("schemas").fields().forEachRemaining(entry -> {
            if (!entry.getKey().equals("Problem")
                    && entry.getValue().has("properties")
                    && !entry.getValue().has("additionalProperties")) {
                ((ObjectNode) entry.getValue()).put("additionalProperties", false);
            }
        });
        root.set("components", components);
        return SCHEMAS.getSchema(root);
    }

    private JsonNode problemSchema() {
        return JSON.createObjectNode().put("$ref", "#/components/schemas/Problem");
    }

    private JsonNode document() {
        if (document == null) {
            synchronized (this) {
                if (document == null) {
                    try {
                        var mvc = MockMvcBuilders.webAppContextSetup(context).build();
                        var text = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                        "/v3/api-docs"))
                                .andReturn()
                                .getResponse()
                                .getContentAsString();
                        document = JSON.readTree(text);
                    } catch (Exception e) {
                        throw new IllegalStateException("Cannot read the OpenAPI document", e);
                    }
                }
            }
        }
        return document;
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        var semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
    }

    private static String fieldNames(JsonNode node) {
        var names = new java.util.ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }
}
