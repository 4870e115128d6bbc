package com.mediaflow.tasks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DependencyGraphTests {

    private final UUID project = UUID.randomUUID();

    @Test
    void aChainDoesNotCloseUntilItsEndWaitsForItsStart() {
        var script = UUID.randomUUID();
        var shoot = UUID.randomUUID();
        var edit = UUID.randomUUID();
        var graph = new DependencyGraph(List.of(link(shoot, script), link(edit, shoot)));

        assertThat(graph.cycleIfLinked(edit, script)).isEmpty();
        assertThat(graph.cycleIfLinked(script, edit)).contains(List.of(script, edit, shoot, script));
        assertThat(graph.cycleIfLinked(script, shoot)).contains(List.of(script, shoot, script));
    }

    @Test
    void aTaskCannotWaitForItself() {
        var task = UUID.randomUUID();

        assertThat(new DependencyGraph(List.of()).cycleIfLinked(task, task)).contains(List.of(task, task));
    }

    @Test
    void diamondsAreNotCycles() {
        var start = UUID.randomUUID();
        var left = UUID.randomUUID();
        var right = UUID.randomUUID();
        var end = UUID.randomUUID();
        var graph = new DependencyGraph(List.of(link(left, start), link(right, start), link(end, left)));

        assertThat(graph.cycleIfLinked(end, right)).isEmpty();
        assertThat(graph.cycleIfLinked(start, end)).contains(List.of(start, end, left, start));
    }

    @Test
    void agreesWithAnIndependentReachabilityCheckOnRandomGraphs() {
        var random = new Random(77L);
        for (int round = 0; round < 200; round++) {
            var tasks = new ArrayList<UUID>();
            for (int i = 0; i < 8; i++) {
                tasks.add(UUID.randomUUID());
            }
            // Only links from a later task to an earlier one: acyclic by construction.
            List<TaskDependency> links = new ArrayList<>();
            Map<UUID, Set<UUID>> waitsFor = new HashMap<>();
            for (int i = 1; i < tasks.size(); i++) {
                for (int j = 0; j < i; j++) {
                    if (random.nextInt(4) == 0) {
                        links.add(link(tasks.get(i), tasks.get(j)));
                        waitsFor.computeIfAbsent(tasks.get(i), k -> new HashSet<>())
                                .add(tasks.get(j));
                    }
                }
            }
            var graph = new DependencyGraph(links);
            var task = tasks.get(random.nextInt(tasks.size()));
            var predecessor = tasks.get(random.nextInt(tasks.size()));

            var cycle = graph.cycleIfLinked(task, predecessor);

            assertThat(cycle.isPresent()).isEqualTo(reaches(waitsFor, predecessor, task));
            cycle.ifPresent(chain -> {
                assertThat(chain.get(0)).isEqualTo(task);
                assertThat(chain.get(chain.size() - 1)).isEqualTo(task);
                if (!task.equals(predecessor)) {
                    assertThat(chain.get(1)).isEqualTo(predecessor);
                    for (int k = 1; k < chain.size() - 1; k++) {
                        assertThat(waitsFor.getOrDefault(chain.get(k), Set.of()))
                                .contains(chain.get(k + 1));
                    }
                }
            });
        }
    }

    /** Depth-first: does {@code from} wait, directly or not, for {@code to} (or is it {@code to})? */
    private static boolean reaches(Map<UUID, Set<UUID>> waitsFor, UUID from, UUID to) {
        if (from.equals(to)) {
            return true;
        }
        for (var next : waitsFor.getOrDefault(from, Set.of())) {
            if (reaches(waitsFor, next, to)) {
                return true;
            }
        }
        return false;
    }

    private TaskDependency link(UUID task, UUID predecessor) {
        return new TaskDependency(project, task, predecessor, UUID.randomUUID(), Instant.now());
    }
}
