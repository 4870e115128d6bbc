package com.mediaflow.shared.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The {@code page}, {@code limit} and {@code sort} query parameters of a list request. Pages count
 * from 1; {@code limit} defaults to 20 and is capped at 100; {@code sort} is a comma-separated list
 * of whitelisted fields, {@code -} for descending. Add a {@code Paging} parameter to a controller
 * method and it is resolved (and validated) from the query string.
 */
public record Paging(
        @Parameter(
                description = "Page number, from 1",
                schema = @Schema(type = "integer", minimum = "1", defaultValue = "1"))
        int page,

        @Parameter(
                description = "Items per page (at most 100)",
                schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
        int limit,

        @Parameter(
                description = "Comma-separated fields to sort by, `-` for descending, e.g. `-created_at,name`",
                schema = @Schema(type = "string"))
        List<String> sort) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public Paging {
        if (page < 1) {
            throw InvalidInputException.field("page", "must be 1 or more");
        }
        if (limit < 1) {
            throw InvalidInputException.field("limit", "must be 1 or more");
        }
        limit = Math.min(limit, MAX_LIMIT);
        sort = List.copyOf(sort);
    }

    public static Paging firstPage() {
        return new Paging(1, DEFAULT_LIMIT, List.of());
    }

    /** A Spring Data page request, with the sort mapped through the whitelist. */
    public Pageable pageable(SortFields fields) {
        return PageRequest.of(page - 1, limit, fields.toSort(sort));
    }

    /** The sort alone, for queries that page by hand. */
    public Sort sortBy(SortFields fields) {
        return fields.toSort(sort);
    }

    public long offset() {
        return (long) (page - 1) * limit;
    }
}
