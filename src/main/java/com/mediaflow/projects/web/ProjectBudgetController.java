package com.mediaflow.projects.web;

import com.mediaflow.projects.internal.BudgetView;
import com.mediaflow.projects.internal.ProjectBudgets;
import com.mediaflow.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Projects")
class ProjectBudgetController {

    private final ProjectBudgets budgets;

    ProjectBudgetController(ProjectBudgets budgets) {
        this.budgets = budgets;
    }

    @GetMapping("/api/projects/{id}/budget")
    @ApiResponse(responseCode = "200", description = "Budget against actual cost")
    @ApiResponse(responseCode = "403", description = "You can see the project but not its money")
    @ApiResponse(responseCode = "404", description = "No such project, or one you may not see")
    @Operation(
            summary = "Budget against actual cost",
            description = "In the project's currency: `actual` is the sum of `breakdown`, one line per source of "
                    + "cost (`time`: logged minutes at the hourly cost each member had when the time was logged, "
                    + "rounded per entry). Costs in another currency are listed in `other_currencies` and not "
                    + "added. `remaining` = budget − actual (negative when over budget), `percent_used` to two "
                    + "decimals; both null without a budget. Shown to those with can_view_financials, and to "
                    + "producers for projects they created, manage or are on the crew of (403 for others who can see the "
                    + "project, 404 for those who cannot).")
    BudgetView budget(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return budgets.budgetOf(id, user);
    }
}
