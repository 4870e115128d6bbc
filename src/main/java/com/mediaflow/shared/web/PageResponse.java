package com.mediaflow.shared.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** The list envelope of API.md: {@code {"data": [...], "pagination": {...}}}. */
public record PageResponse<T>(List<T> data, Pagination pagination) {

    public record Pagination(int page, int limit, long total, int totalPages, boolean hasNext, boolean hasPrev) {}

    public static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(
                page.getContent(),
                new Pagination(
                        page.getNumber() + 1,
                        page.getSize(),
                        page.getTotalElements(),
                        page.getTotalPages(),
                        page.hasNext(),
                        page.hasPrevious()));
    }

    public static <E, T> PageResponse<T> of(Page<E> page, Function<? super E, ? extends T> mapper) {
        return of(page.map(mapper));
    }
}
