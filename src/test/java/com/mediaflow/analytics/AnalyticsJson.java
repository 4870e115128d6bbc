package com.mediaflow.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediaflow.support.Json;
import java.math.BigDecimal;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads analytics responses with exact decimals (never through a double). */
final class AnalyticsJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private AnalyticsJson() {}

    static JsonNode ok(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return JSON.readTree(Json.body(result));
    }

    static BigDecimal decimal(JsonNode node, String field) {
        var value = node.get(field);
        assertThat(value).as(field).isNotNull();
        return value.decimalValue();
    }

    static BigDecimal decimalOrNull(JsonNode node, String field) {
        var value = node.get(field);
        return value == null || value.isNull() ? null : value.decimalValue();
    }
}
