package com.mediaflow.projects.internal;

import static com.mediaflow.projects.ProjectStatus.CANCELLED;
import static com.mediaflow.projects.ProjectStatus.COMPLETED;
import static com.mediaflow.projects.ProjectStatus.DELIVERED;
import static com.mediaflow.projects.ProjectStatus.ON_HOLD;
import static com.mediaflow.projects.ProjectStatus.PLANNING;
import static com.mediaflow.projects.ProjectStatus.POST_PRODUCTION;
import static com.mediaflow.projects.ProjectStatus.PRE_PRODUCTION;
import static com.mediaflow.projects.ProjectStatus.PRODUCTION;
import static com.mediaflow.projects.ProjectStatus.REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mediaflow.projects.ProjectStatus;
import com.mediaflow.shared.web.InvalidStateException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ProjectLifecycleTests {

    private static final List<ProjectStatus> STAGES =
            List.of(PLANNING, PRE_PRODUCTION, PRODUCTION, POST_PRODUCTION, REVIEW, DELIVERED, COMPLETED);

    @ParameterizedTest
    @EnumSource(
            value = ProjectStatus.class,
            names = {"PLANNING", "PRE_PRODUCTION", "PRODUCTION", "POST_PRODUCTION", "REVIEW", "DELIVERED"})
    void anActiveStageGoesOneStepForwardOrBackOnHoldOrCancelled(ProjectStatus stage) {
        var index = STAGES.indexOf(stage);
        var expected = new java.util.HashSet<>(Set.of(STAGES.get(index + 1), ON_HOLD, CANCELLED));
        if (index > 0) {
            expected.add(STAGES.get(index - 1));
        }

        assertThat(ProjectLifecycle.allowedFrom(stage, null)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(
            value = ProjectStatus.class,
            names = {"PLANNING", "PRE_PRODUCTION", "PRODUCTION", "POST_PRODUCTION", "REVIEW", "DELIVERED"})
    void onHoldResumesWhereItPausedOrWhereverThatStageMayGo(ProjectStatus pausedIn) {
        var allowed = ProjectLifecycle.allowedFrom(ON_HOLD, pausedIn);

        assertThat(allowed).contains(pausedIn, CANCELLED).doesNotContain(ON_HOLD);
        var fromStage = new java.util.HashSet<>(ProjectLifecycle.allowedFrom(pausedIn, null));
        fromStage.remove(ON_HOLD);
        fromStage.add(pausedIn);
        fromStage.add(CANCELLED);
        assertThat(allowed).containsExactlyInAnyOrderElementsOf(fromStage);
    }

    @ParameterizedTest
    @EnumSource(
            value = ProjectStatus.class,
            names = {"COMPLETED", "CANCELLED"})
    void completedAndCancelledAreFinal(ProjectStatus status) {
        assertThat(ProjectLifecycle.allowedFrom(status, null)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("everyMove")
    void onlyTheListedMovesAreAllowed(ProjectStatus from, ProjectStatus to) {
        var pausedFrom = from == ON_HOLD ? PRODUCTION : null;
        var listed = ProjectLifecycle.allowedFrom(from, pausedFrom).contains(to);

        assertThat(ProjectLifecycle.allows(from, pausedFrom, to)).isEqualTo(listed);
        // Nothing skips ahead more than one stage, and nothing leaves a final state.
        if (STAGES.contains(from) && STAGES.contains(to) && from != ON_HOLD) {
            assertThat(!listed || Math.abs(STAGES.indexOf(to) - STAGES.indexOf(from)) == 1)
                    .isTrue();
        }
        if (from.isFinal()) {
            assertThat(listed).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = ProjectStatus.class,
            names = {"PRODUCTION", "REVIEW"})
    void theProjectRemembersWhereItWasPaused(ProjectStatus stage) {
        var project = projectIn(stage);

        project.moveTo(ON_HOLD, Instant.now());

        assertThat(project.status()).isEqualTo(ON_HOLD);
        assertThat(project.pausedFrom()).isEqualTo(stage);
        project.moveTo(stage, Instant.now());
        assertThat(project.pausedFrom()).isNull();
    }

    @ParameterizedTest
    @EnumSource(
            value = ProjectStatus.class,
            names = {"PLANNING", "PRE_PRODUCTION", "PRODUCTION", "REVIEW", "COMPLETED"})
    void aRefusedMoveNamesTheAllowedOnes(ProjectStatus target) {
        var project = projectIn(REVIEW);

        assertThatThrownBy(() -> project.moveTo(target, Instant.now()))
                .isInstanceOf(InvalidStateException.class)
                .satisfies(
                        e -> assertThat(((InvalidStateException) e).properties().get("allowed_transitions"))
                                .isEqualTo(List.of("post_production", "delivered", "on_hold", "cancelled")));
        assertThat(project.status()).isEqualTo(REVIEW);
    }

    static List<Object[]> everyMove() {
        return Arrays.stream(ProjectStatus.values())
                .flatMap(from -> Arrays.stream(ProjectStatus.values()).map(to -> new Object[] {from, to}))
                .toList();
    }

    private static Project projectIn(ProjectStatus stage) {
        var project = Project.plan(
                "PRJ-TEST",
                new ProjectDetails(
                        "Test",
                        UUID.randomUUID(),
                        com.mediaflow.projects.ProjectType.OTHER,
                        null,
                        null,
                        null,
                        null,
                        "EUR",
                        null,
                        List.of(),
                        null),
                UUID.randomUUID(),
                Instant.now());
        for (var next : STAGES.subList(1, STAGES.indexOf(stage) + 1)) {
            project.moveTo(next, Instant.now());
        }
        return project;
    }
}
