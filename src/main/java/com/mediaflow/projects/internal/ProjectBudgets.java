package com.mediaflow.projects.internal;

import com.mediaflow.projects.ProjectCostSource;
import com.mediaflow.shared.money.Money;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.ForbiddenException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Budget against actual cost: sums what every {@link ProjectCostSource} reports for a project. */
@Service
public class ProjectBudgets {

    private final ProjectService projects;
    private final ProjectMemberships memberships;
    private final ObjectProvider<ProjectCostSource> sources;

    ProjectBudgets(ProjectService projects, ProjectMemberships memberships, ObjectProvider<ProjectCostSource> sources) {
        this.projects = projects;
        this.memberships = memberships;
        this.sources = sources;
    }

    @Transactional(readOnly = true)
    public BudgetView budgetOf(UUID projectId, CurrentUser viewer) {
        var project = projects.findVisible(projectId, viewer);
        if (!memberships.canSeeFinancials(viewer, projectId)) {
            throw ForbiddenException.because(
                    "The budget of a project is shown to those who may view financials and to its producers");
        }
        var currency = Money.currency(project.currency());
        var actual = Money.zero(currency);
        List<BudgetView.CostLine> breakdown = new ArrayList<>();
        List<BudgetView.OtherCurrencyCost> others = new ArrayList<>();
        for (var source : sources.orderedStream().toList()) {
            var subtotal = Money.zero(currency);
            for (var cost : source.costsOf(projectId)) {
                if (cost.currency().equals(currency)) {
                    subtotal = subtotal.plus(cost);
                } else if (!cost.isZero()) {
                    others.add(new BudgetView.OtherCurrencyCost(
                            source.source(), source.description(), cost.amount(), cost.currencyCode()));
                }
            }
            breakdown.add(new BudgetView.CostLine(source.source(), source.description(), subtotal.amount()));
            actual = actual.plus(subtotal);
        }
        if (project.budget() == null) {
            return new BudgetView(
                    projectId, project.currency(), null, actual.amount(), null, null, false, breakdown, others);
        }
        var budget = new Money(project.budget(), currency);
        var remaining = budget.minus(actual);
        return new BudgetView(
                projectId,
                project.currency(),
                budget.amount(),
                actual.amount(),
                remaining.amount(),
                budget.isZero() ? null : actual.percentOf(budget),
                remaining.isNegative(),
                breakdown,
                others);
    }
}
