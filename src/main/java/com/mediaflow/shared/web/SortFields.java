package com.mediaflow.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;

/**
 * The whitelist of sortable fields of one list: API name (snake_case) to entity property, plus the
 * default order. Unknown names are a {@code 400}, never passed to the database.
 */
public final class SortFields {

    private final Map<String, String> properties;
    private final Sort defaultSort;

    private SortFields(Map<String, String> properties, Sort defaultSort) {
        this.properties = properties;
        this.defaultSort = defaultSort;
    }

    public static Builder builder() {
        return new Builder();
    }

    Sort toSort(List<String> requested) {
        if (requested.isEmpty()) {
            return defaultSort;
        }
        List<Sort.Order> orders = new ArrayList<>();
        for (var token : requested) {
            var descending = token.startsWith("-");
            var name = descending || token.startsWith("+") ? token.substring(1) : token;
            var property = properties.get(name);
            if (property == null) {
                throw InvalidInputException.field(
                        "sort",
                        "cannot sort by '" + name + "'; sortable fields: " + String.join(", ", properties.keySet()));
            }
            orders.add(descending ? Sort.Order.desc(property) : Sort.Order.asc(property));
        }
        // A unique tie-breaker keeps pages stable when the sorted values repeat.
        return Sort.by(orders).and(defaultSort);
    }

    public static final class Builder {
        private final Map<String, String> properties = new LinkedHashMap<>();

        public Builder field(String apiName, String property) {
            properties.put(apiName, property);
            return this;
        }

        public SortFields defaultSort(Sort sort) {
            return new SortFields(Map.copyOf(properties), sort);
        }
    }
}
