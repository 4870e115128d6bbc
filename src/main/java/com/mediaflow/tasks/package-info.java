/**
 * Work within productions: tasks with a status workflow, finish-to-start dependencies, and the
 * time people log on them. Visibility follows the task's project
 * ({@link com.mediaflow.projects.ProjectAccess}); logged time is a source of a project's actual
 * cost.
 */
@ApplicationModule(displayName = "Tasks")
@NullMarked
package com.mediaflow.tasks;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
