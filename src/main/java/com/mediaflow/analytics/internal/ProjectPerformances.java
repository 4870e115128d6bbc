package com.mediaflow.analytics.internal;

import com.mediaflow.analytics.AnalyticsPeriod;
import com.mediaflow.analytics.ProjectPerformance;
import com.mediaflow.projects.ProjectScope;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** One production's figures: its facts, its money in its own currency, its tasks and hours. */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class ProjectPerformances {

    private final ProductionAnalytics production;
    private final FinancialAnalytics financial;

    ProjectPerformances(ProductionAnalytics production, FinancialAnalytics financial) {
        this.production = production;
        this.financial = financial;
    }

    /** The caller has been checked: the project is visible to them; {@code withMoney} says whether its money is. */
    public ProjectPerformance of(UUID projectId, AnalyticsPeriod period, boolean withMoney) {
        var facts = production.facts(projectId);
        ProjectPerformance.ProjectMoney money = null;
        if (withMoney) {
            var figures = financial.projectMoney(period, facts.currency(), projectId);
            money = new ProjectPerformance.ProjectMoney(
                    facts.budget() == null ? null : FinancialAnalytics.money(facts.budget(), facts.currency()),
                    figures.revenue(),
                    figures.expenses(),
                    figures.timeCost(),
                    figures.profit(),
                    figures.profitMargin());
        }
        return new ProjectPerformance(
                facts.id(),
                facts.code(),
                facts.name(),
                facts.status(),
                facts.currency(),
                facts.deadline(),
                facts.deliveredOn(),
                period,
                money,
                production.projectTasks(projectId),
                production.hours(period, ProjectScope.only(Set.of(projectId))),
                facts.crew());
    }
}
