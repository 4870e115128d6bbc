/**
 * Productions for clients: their lifecycle, dates, budget, crew, and who may see them.
 *
 * <p>{@link com.mediaflow.projects.ProjectAccess} is the one place the visibility rule is written;
 * every module that shows something belonging to a project asks it. Other modules contribute to a
 * project's actual cost through {@link com.mediaflow.projects.ProjectCostSource} and stop its
 * deletion through {@link com.mediaflow.projects.ProjectDependents}, so this module never depends
 * on them.
 */
@ApplicationModule(displayName = "Projects")
@NullMarked
package com.mediaflow.projects;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
