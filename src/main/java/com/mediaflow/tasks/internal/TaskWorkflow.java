package com.mediaflow.tasks.internal;

import static com.mediaflow.tasks.TaskStatus.BLOCKED;
import static com.mediaflow.tasks.TaskStatus.DONE;
import static com.mediaflow.tasks.TaskStatus.IN_PROGRESS;
import static com.mediaflow.tasks.TaskStatus.REVIEW;
import static com.mediaflow.tasks.TaskStatus.TODO;

import com.mediaflow.tasks.TaskStatus;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The allowed moves of a task: todo → in_progress → review → done. Work can stop (in_progress →
 * todo), review can send it back (review → in_progress), a done task can be reopened
 * (done → in_progress), and anything not done can be blocked and later unblocked to todo or
 * in_progress. Moving into in_progress also needs every predecessor done, which the workflow alone
 * cannot know.
 */
final class TaskWorkflow {

    private static final Map<TaskStatus, Set<TaskStatus>> NEXT = new EnumMap<>(TaskStatus.class);

    static {
        NEXT.put(TODO, EnumSet.of(IN_PROGRESS, BLOCKED));
        NEXT.put(IN_PROGRESS, EnumSet.of(REVIEW, TODO, BLOCKED));
        NEXT.put(REVIEW, EnumSet.of(DONE, IN_PROGRESS, BLOCKED));
        NEXT.put(DONE, EnumSet.of(IN_PROGRESS));
        NEXT.put(BLOCKED, EnumSet.of(TODO, IN_PROGRESS));
    }

    private TaskWorkflow() {}

    static Set<TaskStatus> allowedFrom(TaskStatus current) {
        return Set.copyOf(NEXT.get(current));
    }

    static boolean allows(TaskStatus current, TaskStatus next) {
        return NEXT.get(current).contains(next);
    }
}
