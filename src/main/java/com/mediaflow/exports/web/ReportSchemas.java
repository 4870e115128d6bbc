package com.mediaflow.exports.web;

import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A report filter's {@code value} is any JSON value (text, number, boolean, a list of those): its
 * type depends on the column it filters, so the schema leaves it open and the description says so.
 */
@Configuration(proxyBeanMethods = false)
class ReportSchemas {

    @Bean
    OpenApiCustomizer reportFilterValueIsAnyJson() {
        return openApi -> {
            var components = openApi.getComponents();
            var filter = components == null || components.getSchemas() == null
                    ? null
                    : components.getSchemas().get("Filter");
            if (filter != null
                    && filter.getProperties() != null
                    && filter.getProperties().containsKey("value")) {
                filter.getProperties()
                        .put(
                                "value",
                                new Schema<>()
                                        .description("The value to compare with, of the column's type: text, a number, "
                                                + "true/false, a date (2026-01-31) or timestamp (ISO-8601); a list "
                                                + "of two for `between`, a list for `in`"));
            }
        };
    }
}
