package com.mediaflow.contacts.internal;

import com.mediaflow.shared.web.PageResponse;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.shared.web.SortFields;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

/** Paging for the lists read with plain SQL. */
final class SqlPaging {

    private SqlPaging() {}

    /**
     * The {@code ORDER BY} list of the requested sort. Its columns come from the whitelist, whose
     * values are constants in this module, never text from the request.
     */
    static String orderBy(Paging paging, SortFields whitelist) {
        return paging.sortBy(whitelist).stream()
                .map(order -> order.getProperty() + (order.isAscending() ? " ASC" : " DESC"))
                .collect(Collectors.joining(", "));
    }

    static <T> PageResponse<T> page(List<T> rows, Paging paging, long total) {
        return PageResponse.of(new PageImpl<>(rows, PageRequest.of(paging.page() - 1, paging.limit()), total));
    }
}
