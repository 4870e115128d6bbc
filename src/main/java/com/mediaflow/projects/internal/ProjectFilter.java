package com.mediaflow.projects.internal;

import com.mediaflow.projects.ProjectStatus;
import com.mediaflow.projects.ProjectType;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.BindParam;

/** Filters of the project list: {@code q} matches name and code; {@code tag} one tag exactly. */
public record ProjectFilter(
        @Nullable ProjectStatus status,
        @Nullable ProjectType type,

        @Parameter(name = "client_id", description = "Only projects of this client (a contact id)")
        @BindParam("client_id")
        @Nullable
        UUID clientId,

        @Parameter(name = "manager_id", description = "Only projects this member manages")
        @BindParam("manager_id")
        @Nullable
        UUID managerId,

        @Nullable String tag,
        @Nullable String q) {}
