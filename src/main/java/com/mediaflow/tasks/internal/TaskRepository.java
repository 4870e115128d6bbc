package com.mediaflow.tasks.internal;

import com.mediaflow.tasks.TaskStatus;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface TaskRepository extends JpaRepository<Task, UUID>, JpaSpecificationExecutor<Task> {

    long countByProjectId(UUID projectId);

    List<Task> findByProjectIdAndAssigneeIdAndStatusNot(UUID projectId, UUID assigneeId, TaskStatus status);
}
