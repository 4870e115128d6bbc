package com.mediaflow.projects;

import com.mediaflow.shared.money.Money;
import java.util.List;
import java.util.UUID;

/**
 * A kind of actual cost of a project, contributed by the module that records it (logged time by
 * tasks, approved expenses by accounting). The budget of a project sums every bean of this type,
 * so this module never depends on the modules that implement it.
 */
public interface ProjectCostSource {

    /** A short stable key for the budget breakdown, e.g. {@code time} or {@code expenses}. */
    String source();

    /** What the amounts are, for people, e.g. "Logged time at each member's hourly cost". */
    String description();

    /**
     * The project's actual cost from this source: one amount per currency the costs were recorded
     * in (no conversion happens), each already rounded line by line; empty when there is none.
     */
    List<Money> costsOf(UUID projectId);
}
