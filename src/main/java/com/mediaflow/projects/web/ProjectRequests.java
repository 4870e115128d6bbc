package com.mediaflow.projects.web;

import com.mediaflow.projects.ProjectRole;
import com.mediaflow.projects.ProjectStatus;
import com.mediaflow.projects.ProjectType;
import com.mediaflow.projects.internal.ProjectDetails;
import com.mediaflow.projects.internal.ProjectUpdate;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Request bodies of the project routes. */
final class ProjectRequests {

    private static final String CODE = "[A-Z0-9][A-Z0-9-]{1,29}";
    private static final String CODE_MESSAGE = "must be 2 to 30 capital letters, digits or hyphens, such as PRJ-0042";
    private static final String CURRENCY = "[A-Z]{3}";
    private static final String CURRENCY_MESSAGE = "must be an ISO 4217 currency code such as EUR";

    private ProjectRequests() {}

    record CreateProject(
            @NotBlank @Size(max = 200) String name,

            @Pattern(regexp = CODE, message = CODE_MESSAGE) @Nullable
            String code,

            @NotNull UUID clientId,
            @NotNull ProjectType type,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable LocalDate deadline,

            @DecimalMin(value = "0.00", message = "must be 0 or more") @Digits(integer = 12, fraction = 2) @Nullable
            BigDecimal budget,

            @Pattern(regexp = CURRENCY, message = CURRENCY_MESSAGE) @Nullable
            String currency,

            @Nullable UUID managerId,
            @Size(max = 20) @Nullable List<@NotBlank @Size(max = 50) String> tags,
            @Size(max = 10_000) @Nullable String description) {

        ProjectDetails details() {
            return new ProjectDetails(
                    name,
                    clientId,
                    type,
                    startDate,
                    endDate,
                    deadline,
                    budget,
                    currency,
                    managerId,
                    tags == null ? List.of() : tags,
                    description);
        }
    }

    record UpdateProject(
            @NotBlank @Size(max = 200) String name,

            @Pattern(regexp = CODE, message = CODE_MESSAGE) @Nullable
            String code,

            @NotNull UUID clientId,
            @NotNull ProjectType type,
            @Nullable ProjectStatus status,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable LocalDate deadline,

            @DecimalMin(value = "0.00", message = "must be 0 or more") @Digits(integer = 12, fraction = 2) @Nullable
            BigDecimal budget,

            @Pattern(regexp = CURRENCY, message = CURRENCY_MESSAGE) @Nullable
            String currency,

            @Nullable UUID managerId,
            @Size(max = 20) @Nullable List<@NotBlank @Size(max = 50) String> tags,
            @Size(max = 10_000) @Nullable String description,
            @NotNull @PositiveOrZero Long version) {

        ProjectUpdate update() {
            return new ProjectUpdate(
                    new ProjectDetails(
                            name,
                            clientId,
                            type,
                            startDate,
                            endDate,
                            deadline,
                            budget,
                            currency,
                            managerId,
                            tags == null ? List.of() : tags,
                            description),
                    code,
                    status,
                    version);
        }
    }

    record AddTeamMember(@NotNull UUID userId, @NotNull ProjectRole role) {}

    record ChangeTeamRole(
            @NotNull ProjectRole role,
            @NotNull @PositiveOrZero Long version) {}
}
