package com.mediaflow.tasks.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaskDependencyRepository extends JpaRepository<TaskDependency, UUID> {

    Page<TaskDependency> findByTaskId(UUID taskId, Pageable pageable);

    List<TaskDependency> findByTaskId(UUID taskId);

    List<TaskDependency> findByProjectId(UUID projectId);

    Optional<TaskDependency> findByTaskIdAndPredecessorId(UUID taskId, UUID predecessorId);

    boolean existsByTaskIdAndPredecessorId(UUID taskId, UUID predecessorId);
}
