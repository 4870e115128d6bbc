package com.mediaflow.projects;

import java.util.UUID;

/** A production's details (dates, deadline, budget, manager, status...) were edited. */
public record ProjectDetailsChanged(UUID projectId) {}
