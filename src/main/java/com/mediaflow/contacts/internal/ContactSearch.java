package com.mediaflow.contacts.internal;

import com.mediaflow.organization.OrganizationDirectory;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.Paging;
import com.mediaflow.shared.web.SortFields;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the ids of the live contacts that match a filter, one page at a time. Each word of {@code q}
 * is a substring match on {@code search_text}, which the trigram index {@code contacts_search_idx}
 * answers without reading the table; tags use their GIN index.
 */
@Component
class ContactSearch {

    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_QUERY_WORDS = 10;

    /** API names to SQL; the values are constants, never text from the request. */
    static final SortFields SORT = SortFields.builder()
            .field("name", "lower(display_name)")
            .field("email", "email")
            .field("created_at", "created_at")
            .field("updated_at", "updated_at")
            .defaultSort(Sort.by(Sort.Order.desc("created_at"), Sort.Order.desc("id")));

    private final JdbcClient jdbc;
    private final OrganizationDirectory organization;

    ContactSearch(JdbcClient jdbc, OrganizationDirectory organization) {
        this.jdbc = jdbc;
        this.organization = organization;
    }

    record Result(List<UUID> ids, long total) {}

    /** A statement with its named parameters. */
    record Statement(String sql, Map<String, Object> params) {}

    Result find(ContactFilter filter, Paging paging) {
        var page = pageStatement(filter, paging);
        var count = countStatement(filter);
        long total =
                jdbc.sql(count.sql()).params(count.params()).query(Long.class).single();
        if (total == 0 || paging.offset() >= total) {
            return new Result(List.of(), total);
        }
        var ids = jdbc.sql(page.sql()).params(page.params()).query(UUID.class).list();
        return new Result(ids, total);
    }

    Statement pageStatement(ContactFilter filter, Paging paging) {
        var where = where(filter);
        var orderBy = SqlPaging.orderBy(paging, SORT);
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("limit", paging.limit());
        params.put("offset", paging.offset());
        return new Statement(
                "SELECT id FROM contacts WHERE " + where.sql() + " ORDER BY " + orderBy
                        + " LIMIT :limit OFFSET :offset",
                params);
    }

    Statement countStatement(ContactFilter filter) {
        var where = where(filter);
        return new Statement("SELECT count(*) FROM contacts WHERE " + where.sql(), where.params());
    }

    private Statement where(ContactFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        conditions.add("deleted_at IS NULL");
        var words = words(filter.q());
        for (int i = 0; i < words.size(); i++) {
            conditions.add("search_text LIKE :word" + i);
            params.put("word" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            conditions.add("tags @> ARRAY[CAST(:tag AS text)]");
            params.put("tag", filter.tag().strip().toLowerCase(Locale.ROOT));
        }
        if (filter.ownerId() != null) {
            conditions.add("owner_id = :ownerId");
            params.put("ownerId", filter.ownerId());
        }
        if (filter.companyId() != null) {
            conditions.add("company_id = :companyId");
            params.put("companyId", filter.companyId());
        }
        if (filter.type() != null) {
            conditions.add("type = :type");
            params.put("type", filter.type().name());
        }
        checkDates(filter.createdFrom(), filter.createdTo());
        var zone = ZoneId.of(organization.current().timezone());
        if (filter.createdFrom() != null) {
            conditions.add("created_at >= :createdFrom");
            params.put(
                    "createdFrom",
                    Timestamp.from(filter.createdFrom().atStartOfDay(zone).toInstant()));
        }
        if (filter.createdTo() != null) {
            conditions.add("created_at < :createdBefore");
            params.put(
                    "createdBefore",
                    Timestamp.from(
                            filter.createdTo().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return new Statement(String.join(" AND ", conditions), params);
    }

    private static List<String> words(@Nullable String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw InvalidInputException.field("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        var words = Arrays.stream(q.strip().toLowerCase(Locale.ROOT).split("\\s+"))
                .distinct()
                .toList();
        if (words.size() > MAX_QUERY_WORDS) {
            throw InvalidInputException.field("q", "must have at most " + MAX_QUERY_WORDS + " words");
        }
        return words;
    }

    private static void checkDates(@Nullable LocalDate from, @Nullable LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw InvalidInputException.field("created_to", "must not be before created_from");
        }
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
