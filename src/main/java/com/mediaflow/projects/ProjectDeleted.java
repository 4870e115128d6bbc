package com.mediaflow.projects;

import java.util.UUID;

/** A project that nothing depended on was deleted. */
public record ProjectDeleted(UUID projectId, String code) {}
