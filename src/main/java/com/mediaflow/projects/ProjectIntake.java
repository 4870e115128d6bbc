package com.mediaflow.projects;

import com.mediaflow.projects.internal.ProjectDetails;
import com.mediaflow.projects.internal.ProjectService;
import com.mediaflow.shared.security.CurrentUser;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lets other modules start a project, such as one for a proposal the client accepted. */
@Service
public class ProjectIntake {

    private final ProjectService projects;

    ProjectIntake(ProjectService projects) {
        this.projects = projects;
    }

    /**
     * Plans a new project for the client with the next project code, by the rules of {@code POST
     * /api/projects}, managed by {@code managerId}; audited and announced ({@link ProjectCreated})
     * like any other.
     *
     * @param currency ISO 4217, or {@code null} for the studio's default
     */
    @Transactional
    public ProjectSummary plan(
            String name,
            UUID clientId,
            ProjectType type,
            @Nullable BigDecimal budget,
            @Nullable String currency,
            @Nullable UUID managerId,
            @Nullable String description,
            CurrentUser actor) {
        var details = new ProjectDetails(
                name.length() > 200 ? name.substring(0, 200) : name,
                clientId,
                type,
                null,
                null,
                null,
                budget,
                currency,
                managerId,
                List.of(),
                description);
        var created = projects.create(details, null, actor);
        return projects.summary(created.id()).orElseThrow();
    }
}
