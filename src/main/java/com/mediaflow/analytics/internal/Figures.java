package com.mediaflow.analytics.internal;

import com.mediaflow.projects.ProjectScope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Arithmetic and SQL helpers every figure shares, so each definition is written once. */
final class Figures {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    /** The statuses in which an expense is a cost. */
    static final String COST_STATUSES = "('APPROVED', 'PAID')";

    /** The stages in which a production is active: not on hold, completed or cancelled. */
    static final String ACTIVE_STATUSES =
            "('PLANNING', 'PRE_PRODUCTION', 'PRODUCTION', 'POST_PRODUCTION', 'REVIEW', 'DELIVERED')";

    private Figures() {}

    /** {@code part ÷ whole × 100}, two decimals half-up; null when the whole is not positive. */
    static @Nullable BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() <= 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    static @Nullable BigDecimal percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP);
    }

    /**
     * Restricts a query to a scope: the SQL condition on {@code column} with the parameters
     * {@code everything} and {@code projects} (a set that matches nothing when empty, since
     * {@code IN ()} is not SQL).
     */
    static String inScope(String column) {
        return "(:everything OR " + column + " IN (:projects))";
    }

    static JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec statement, ProjectScope scope) {
        List<UUID> ids = scope.projectIds().isEmpty() ? List.of(new UUID(0, 0)) : new ArrayList<>(scope.projectIds());
        return statement.param("everything", scope.unrestricted()).param("projects", ids);
    }
}
