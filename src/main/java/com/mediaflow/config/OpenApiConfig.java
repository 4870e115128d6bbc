package com.mediaflow.config;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The OpenAPI 3.1 document: bearer security on every operation that needs it, the problem schema
 * on every error response, and the permission each operation requires (from its
 * {@code @PreAuthorize}) in its description and as {@code x-required-permission}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static {
        // Audit snapshots are free-form JSON objects.
        SpringDocUtils.getConfig()
                .replaceWithSchema(
                        tools.jackson.databind.JsonNode.class,
                        new io.swagger.v3.oas.models.media.JsonSchema()
                                .types(new java.util.LinkedHashSet<>(java.util.List.of("object", "null"))));
    }

    private static final String BEARER = "bearer";
    private static final Set<String> PUBLIC_PREFIXES = Set.of(
            "/api/auth/login",
            "/api/auth/register",
            "/api/auth/refresh",
            "/api/auth/logout",
            "/api/auth/password/forgot",
            "/api/auth/password/reset",
            "/api/auth/invitations",
            "/api/calendar/feed/",
            "/api/proposals/public",
            "/p/",
            "/dev/");

    @Bean
    OpenAPI mediaflowOpenApi() {
        return new OpenAPI()
                .info(new Info().title("MediaFlow CRM API").version("1").description("""
                                The back end of a media production studio: clients, productions, tasks, crew, \
                                expenses, invoices, proposals and analytics.

                                * JSON is snake_case; ids are UUIDs; timestamps ISO-8601 with offset.
                                * Lists take `page` (from 1), `limit` (default 20, at most 100) and `sort` \
                                (comma-separated whitelisted fields, `-` for descending) and return \
                                `{"data": [...], "pagination": {...}}`. Unknown query parameters are a 400.
                                * Errors are RFC 9457 problem details with a `code` and a `request_id`.
                                * Sign in with `POST /api/auth/login` and send `Authorization: Bearer <access_token>`.
                                * Edits carry the `version` you read; a stale one is a 409 CONFLICT.
                                * Money-creating POSTs honour `Idempotency-Key` for 24 hours.
                                """))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT"))
                        .addSchemas("Problem", problemSchema()));
    }

    /** Schemas follow the API's snake_case JSON, not the Java field names. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ModelResolver snakeCaseModelResolver() {
        return new ModelResolver(Json31.mapper()
                .copy()
                .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE));
    }

    @Bean
    OperationCustomizer requiredPermission() {
        return (operation, handler) -> {
            var preAuthorize = handler.getMethodAnnotation(PreAuthorize.class);
            if (preAuthorize != null) {
                var requirement = describe(preAuthorize.value());
                operation.addExtension("x-required-permission", requirement);
                var description = operation.getDescription() == null ? "" : operation.getDescription() + "\n\n";
                operation.setDescription(description + "**Requires:** " + requirement + ".");
            }
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer securityAndErrors() {
        return openApi -> {
            openApi.getComponents().addSchemas("Problem", problemSchema());
            openApi.getPaths()
                    .forEach((path, item) -> item.readOperationsMap()
                            .forEach((method, operation) -> documentErrors(path, method, operation)));
        };
    }

    private static void documentErrors(String path, PathItem.HttpMethod method, Operation operation) {
        var responses = operation.getResponses();
        if (PUBLIC_PREFIXES.stream().noneMatch(path::startsWith)) {
            operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
            responses.putIfAbsent("401", problem("Missing, invalid or expired access token"));
            responses.putIfAbsent("403", problem("The caller lacks the required permission"));
        }
        if (path.contains("{")) {
            responses.putIfAbsent("404", problem("No such resource, or not visible to the caller"));
        }
        if (method != PathItem.HttpMethod.GET) {
            responses.putIfAbsent("409", problem("Conflict: a stale version, a duplicate or an invalid state"));
        }
        responses.putIfAbsent("400", problem("Invalid input (see `errors`)"));
        responses.putIfAbsent("429", problem("Rate limit exceeded (see `Retry-After`)"));
        responses.putIfAbsent("500", problem("Unexpected error (no details are disclosed)"));
        responses.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(problemContent());
            }
        });
    }

    private static String describe(String expression) {
        var permissions = new LinkedHashSet<String>();
        var matcher = java.util.regex.Pattern.compile("has(?:Any)?(?:Authority|Role)\\(([^)]*)\\)")
                .matcher(expression);
        while (matcher.find()) {
            Arrays.stream(matcher.group(1).split(","))
                    .map(s -> s.trim().replace("'", ""))
                    .map(s -> expression.contains("Role(") && s.equals(s.toUpperCase()) ? "role " + s.toLowerCase() : s)
                    .forEach(permissions::add);
        }
        return permissions.isEmpty() ? expression : permissions.stream().collect(Collectors.joining(" or "));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        return new Content()
                .addMediaType(
                        "application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new java.util.LinkedHashMap<>();
        properties.put("type", new Schema<>().type("string").format("uri"));
        properties.put("title", new Schema<>().type("string"));
        properties.put("status", new Schema<>().type("integer"));
        properties.put("detail", new Schema<>().type("string"));
        properties.put("instance", new Schema<>().type("string"));
        properties.put(
                "code",
                new Schema<>()
                        .type("string")
                        ._enum(Arrays.stream(com.mediaflow.shared.web.ErrorCode.values())
                                .map(Enum::name)
                                .map(Object.class::cast)
                                .toList()));
        properties.put("request_id", new Schema<>().type("string"));
        properties.put(
                "errors",
                new Schema<>()
                        .type("array")
                        .items(new Schema<>()
                                .type("object")
                                .addProperty("field", new Schema<>().type("string"))
                                .addProperty("message", new Schema<>().type("string"))));
        var schema = new Schema<>().type("object").description("RFC 9457 problem details");
        schema.setProperties(properties);
        schema.setRequired(java.util.List.of("type", "title", "status", "code", "request_id"));
        return schema;
    }
}
