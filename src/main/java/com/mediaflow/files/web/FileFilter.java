package com.mediaflow.files.web;

import io.swagger.v3.oas.annotations.Parameter;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.BindParam;

/** The record whose files to list: both parameters are required. */
record FileFilter(
        @Parameter(
                description = "The kind of record: contact, project, task, expense, proposal or organization",
                required = true)
        @BindParam("entity_type")
        @Nullable
        String entityType,

        @Parameter(description = "The record's id", required = true) @BindParam("entity_id") @Nullable
        UUID entityId) {}
