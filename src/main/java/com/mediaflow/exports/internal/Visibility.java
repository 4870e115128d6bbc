package com.mediaflow.exports.internal;

import com.mediaflow.projects.ProjectAccess;
import com.mediaflow.projects.ProjectScope;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.security.Permission;
import com.mediaflow.shared.web.ForbiddenException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which rows of an entity, and which of their money, a member sees: the rules of the entity's list
 * route, restated as SQL conditions over the catalogue's tables.
 */
@Component
public class Visibility {

    /** The visibility rule of an entity. */
    public enum Rule {
        /** Every member sees every row (contacts). */
        ALL_MEMBERS,
        /** The rows of the projects the member may see (projects, tasks, time entries). */
        PROJECTS,
        /** Everything with financial rights; otherwise one's own and those of projects whose money one sees. */
        EXPENSES,
        /**
         * Those who may view financials see everything; producers the rows of the projects whose money they
         * see; everyone else is refused (income, invoices).
         */
        FINANCIAL
    }

    /**
     * The SQL conditions for one member and entity.
     *
     * @param rows the condition every visible row meets
     * @param money the condition under which a row's financial columns are shown; {@code null} when always
     */
    public record Conditions(String rows, @Nullable String money, Map<String, Object> params) {}

    private final ProjectAccess projects;

    Visibility(ProjectAccess projects) {
        this.projects = projects;
    }

    /** @throws ForbiddenException when the member may not read the entity at all */
    public Conditions of(EntityDefinition entity, CurrentUser user) {
        return switch (entity.visibility()) {
            case ALL_MEMBERS -> new Conditions("TRUE", null, Map.of());
            case PROJECTS -> projectRows(entity, user);
            case EXPENSES -> expenseRows(entity, user);
            case FINANCIAL -> financialRows(entity, user);
        };
    }

    private Conditions projectRows(EntityDefinition entity, CurrentUser user) {
        var visible = projects.visibleTo(user);
        var rows = in(entity.projectSql(), visible, "visibleProjects");
        if (user.has(Permission.CAN_VIEW_FINANCIALS)) {
            return new Conditions(rows, null, params(visible, "visibleProjects", null, user));
        }
        var money = projects.financialsVisibleTo(user);
        var moneyCondition = in(entity.projectSql(), money, "moneyProjects");
        if (entity.memberSql() != null) {
            // Members always see the rates of their own time.
            moneyCondition = "(" + moneyCondition + " OR " + entity.memberSql() + " = :viewer)";
        }
        return new Conditions(
                rows, money.unrestricted() ? null : moneyCondition, params(visible, "visibleProjects", money, user));
    }

    private Conditions expenseRows(EntityDefinition entity, CurrentUser user) {
        if (user.has(Permission.CAN_VIEW_FINANCIALS)) {
            return new Conditions("TRUE", null, Map.of());
        }
        var money = projects.financialsVisibleTo(user);
        if (money.unrestricted()) {
            return new Conditions("TRUE", null, Map.of());
        }
        var own = entity.memberSql() + " = :viewer";
        var rows = money.isEmpty() ? own : "(" + own + " OR " + in(entity.projectSql(), money, "moneyProjects") + ")";
        return new Conditions(rows, null, params(null, null, money, user));
    }

    private Conditions financialRows(EntityDefinition entity, CurrentUser user) {
        if (!user.has(Permission.CAN_VIEW_FINANCIALS) && !user.has(Permission.CAN_MANAGE_PROJECTS)) {
            throw ForbiddenException.because(
                    "Financial figures are shown to those who may view financials, and to producers for their"
                            + " own projects");
        }
        var money = projects.financialsVisibleTo(user);
        return new Conditions(in(entity.projectSql(), money, "moneyProjects"), null, params(null, null, money, user));
    }

    private static String in(@Nullable String sql, ProjectScope scope, String param) {
        if (scope.unrestricted()) {
            return "TRUE";
        }
        if (scope.isEmpty() || sql == null) {
            return "FALSE";
        }
        return sql + " IN (:" + param + ")";
    }

    private static Map<String, Object> params(
            @Nullable ProjectScope visible,
            @Nullable String visibleName,
            @Nullable ProjectScope money,
            CurrentUser user) {
        var params = new java.util.HashMap<String, Object>();
        params.put("viewer", user.id());
        if (visible != null && visibleName != null && !visible.isEmpty()) {
            params.put(visibleName, visible.projectIds());
        }
        if (money != null && !money.isEmpty()) {
            params.put("moneyProjects", money.projectIds());
        }
        return params;
    }
}
