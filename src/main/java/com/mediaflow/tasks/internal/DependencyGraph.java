package com.mediaflow.tasks.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The finish-to-start links of one project, to find the cycle a new link would close. */
final class DependencyGraph {

    /** Task to the tasks it waits for. */
    private final Map<UUID, Set<UUID>> predecessors = new HashMap<>();

    DependencyGraph(Collection<TaskDependency> dependencies) {
        for (var dependency : dependencies) {
            link(dependency.taskId(), dependency.predecessorId());
        }
    }

    private void link(UUID task, UUID predecessor) {
        predecessors.computeIfAbsent(task, key -> new LinkedHashSet<>()).add(predecessor);
    }

    /**
     * The cycle that making {@code task} wait for {@code predecessor} would create, as the chain
     * {@code task → predecessor → … → task}; empty when there would be none. There is one exactly
     * when {@code predecessor} already waits, directly or not, for {@code task}.
     */
    Optional<List<UUID>> cycleIfLinked(UUID task, UUID predecessor) {
        if (task.equals(predecessor)) {
            return Optional.of(List.of(task, task));
        }
        Map<UUID, UUID> reachedFrom = new HashMap<>();
        var queue = new ArrayDeque<UUID>();
        queue.add(predecessor);
        reachedFrom.put(predecessor, predecessor);
        while (!queue.isEmpty()) {
            var current = queue.poll();
            for (var next : predecessors.getOrDefault(current, Set.of())) {
                if (reachedFrom.containsKey(next)) {
                    continue;
                }
                reachedFrom.put(next, current);
                if (next.equals(task)) {
                    return Optional.of(chain(task, predecessor, reachedFrom));
                }
                queue.add(next);
            }
        }
        return Optional.empty();
    }

    private static List<UUID> chain(UUID task, UUID predecessor, Map<UUID, UUID> reachedFrom) {
        var backwards = new ArrayList<UUID>();
        var step = task;
        while (!step.equals(predecessor)) {
            backwards.add(step);
            step = reachedFrom.get(step);
        }
        backwards.add(predecessor);
        backwards.add(task);
        java.util.Collections.reverse(backwards);
        return List.copyOf(backwards);
    }
}
