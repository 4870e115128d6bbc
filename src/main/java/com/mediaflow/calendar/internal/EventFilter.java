package com.mediaflow.calendar.internal;

import com.mediaflow.calendar.EventType;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.BindParam;

/** Filters of the event list; see {@link EventWindow} for {@code from} and {@code to}. */
public record EventFilter(
        @Parameter(
                description = "Start of the window: a date (`2026-03-01`, from the start of that day in the studio's "
                        + "time zone) or a date-time with offset (`2026-03-01T09:00:00Z`). Give both `from` and `to`, "
                        + "or neither for the current month.")
        @Nullable
        String from,

        @Parameter(
                description = "End of the window: a date (`2026-03-31`, up to the end of that day) or a date-time "
                        + "with offset (exclusive). At most 366 days after `from`.")
        @Nullable
        String to,

        @Parameter(name = "project_id", description = "Only the events of this project")
        @BindParam("project_id")
        @Nullable
        UUID projectId,

        @Parameter(name = "member_id", description = "Only the events this member attends")
        @BindParam("member_id")
        @Nullable
        UUID memberId,

        @Parameter(description = "shoot, meeting, review, delivery or other") @Nullable
        EventType type) {}
