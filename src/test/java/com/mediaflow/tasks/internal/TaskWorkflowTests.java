package com.mediaflow.tasks.internal;

import static com.mediaflow.tasks.TaskStatus.BLOCKED;
import static com.mediaflow.tasks.TaskStatus.DONE;
import static com.mediaflow.tasks.TaskStatus.IN_PROGRESS;
import static com.mediaflow.tasks.TaskStatus.REVIEW;
import static com.mediaflow.tasks.TaskStatus.TODO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mediaflow.shared.web.InvalidStateException;
import com.mediaflow.tasks.TaskPriority;
import com.mediaflow.tasks.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskWorkflowTests {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
        "TODO, IN_PROGRESS, true",
        "TODO, BLOCKED, true",
        "TODO, REVIEW, false",
        "TODO, DONE, false",
        "IN_PROGRESS, REVIEW, true",
        "IN_PROGRESS, TODO, true",
        "IN_PROGRESS, BLOCKED, true",
        "IN_PROGRESS, DONE, false",
        "REVIEW, DONE, true",
        "REVIEW, IN_PROGRESS, true",
        "REVIEW, BLOCKED, true",
        "REVIEW, TODO, false",
        "BLOCKED, TODO, true",
        "BLOCKED, IN_PROGRESS, true",
        "BLOCKED, REVIEW, false",
        "BLOCKED, DONE, false",
        "DONE, IN_PROGRESS, true",
        "DONE, TODO, false",
        "DONE, BLOCKED, false",
        "DONE, REVIEW, false"
    })
    void theWorkflowTable(TaskStatus from, TaskStatus to, boolean allowed) {
        assertThat(TaskWorkflow.allows(from, to)).isEqualTo(allowed);
        assertThat(TaskWorkflow.allowedFrom(from).contains(to)).isEqualTo(allowed);
    }

    @Test
    void noStatusMovesToItself() {
        for (var status : TaskStatus.values()) {
            assertThat(TaskWorkflow.allows(status, status)).as(status.value()).isFalse();
        }
    }

    @Test
    void doneIsReachedOnlyThroughReview() {
        for (var status : TaskStatus.values()) {
            assertThat(TaskWorkflow.allows(status, DONE)).isEqualTo(status == REVIEW);
        }
    }

    @Test
    void finishingStampsCompletionAndReopeningClearsIt() {
        var task = Task.open(UUID.randomUUID(), details(null), UUID.randomUUID(), Instant.now());
        task.moveTo(IN_PROGRESS, Instant.now());
        task.moveTo(REVIEW, Instant.now());

        var finished = Instant.parse("2026-03-01T10:00:00Z");
        task.moveTo(DONE, finished);
        assertThat(task.completedAt()).isEqualTo(finished);

        task.moveTo(IN_PROGRESS, Instant.now());
        assertThat(task.completedAt()).isNull();
    }

    @Test
    void refusedMoveListsTheAllowedOnes() {
        var task = Task.open(UUID.randomUUID(), details(null), UUID.randomUUID(), Instant.now());

        assertThatThrownBy(() -> task.moveTo(DONE, Instant.now()))
                .isInstanceOf(InvalidStateException.class)
                .hasMessage("A task in todo cannot move to done")
                .satisfies(e -> assertThat(((InvalidStateException) e).properties())
                        .containsEntry("allowed_transitions", java.util.List.of("in_progress", "blocked")));
        assertThat(task.status()).isEqualTo(TODO);
    }

    @Test
    void overdueMeansPastTheDueDateAndNotDone() {
        var today = LocalDate.of(2026, 3, 10);
        var late = Task.open(UUID.randomUUID(), details(today.minusDays(1)), UUID.randomUUID(), Instant.now());
        var dueToday = Task.open(UUID.randomUUID(), details(today), UUID.randomUUID(), Instant.now());
        var undated = Task.open(UUID.randomUUID(), details(null), UUID.randomUUID(), Instant.now());

        assertThat(late.isOverdue(today)).isTrue();
        assertThat(dueToday.isOverdue(today)).isFalse();
        assertThat(undated.isOverdue(today)).isFalse();
        late.moveTo(BLOCKED, Instant.now());
        assertThat(late.isOverdue(today)).isTrue();
        late.moveTo(IN_PROGRESS, Instant.now());
        late.moveTo(REVIEW, Instant.now());
        late.moveTo(DONE, Instant.now());
        assertThat(late.isOverdue(today)).isFalse();
    }

    private static TaskDetails details(LocalDate due) {
        return new TaskDetails("Edit", null, null, TaskPriority.MEDIUM, null, due, null);
    }
}
