package com.mediaflow.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

class SortFieldsTests {

    private final SortFields fields = SortFields.builder()
            .field("full_name", "fullName")
            .field("created_at", "createdAt")
            .defaultSort(Sort.by("id"));

    @Test
    void requestedFieldsMapToPropertiesWithATieBreaker() {
        var pageable = new Paging(2, 10, List.of("-created_at", "full_name")).pageable(fields);

        assertThat(pageable.getOffset()).isEqualTo(10);
        assertThat(pageable.getSort())
                .containsExactly(Sort.Order.desc("createdAt"), Sort.Order.asc("fullName"), Sort.Order.asc("id"));
    }

    @Test
    void noSortMeansTheDefault() {
        assertThat(Paging.firstPage().pageable(fields).getSort()).containsExactly(Sort.Order.asc("id"));
    }

    @Test
    void unknownFieldsAreRefusedAndNamed() {
        assertThatThrownBy(() -> new Paging(1, 20, List.of("password_hash")).pageable(fields))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("password_hash")
                .hasMessageContaining("full_name");
    }

    @Test
    void limitIsCappedAndPagesStartAtOne() {
        assertThat(new Paging(1, 1000, List.of()).limit()).isEqualTo(Paging.MAX_LIMIT);
        assertThatThrownBy(() -> new Paging(0, 20, List.of())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Paging(1, 0, List.of())).isInstanceOf(InvalidInputException.class);
    }
}
