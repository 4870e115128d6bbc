package com.mediaflow.projects.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProjectRepository extends JpaRepository<Project, UUID>, JpaSpecificationExecutor<Project> {

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, UUID id);

    /** Projects the member manages or is on the crew of. */
    @Query("select p.id from Project p where p.managerId = :memberId"
            + " or exists (select 1 from ProjectMember m where m.projectId = p.id and m.memberId = :memberId)")
    List<UUID> idsManagedOrCrewedBy(@Param("memberId") UUID memberId);

    @Query("select count(p) > 0 from Project p where p.id = :projectId and (p.managerId = :memberId"
            + " or exists (select 1 from ProjectMember m where m.projectId = p.id and m.memberId = :memberId))")
    boolean isManagedOrCrewedBy(@Param("projectId") UUID projectId, @Param("memberId") UUID memberId);

    /** Projects the member runs: created, manages or is on the crew of. */
    @Query("select p.id from Project p where p.managerId = :memberId or p.createdBy = :memberId"
            + " or exists (select 1 from ProjectMember m where m.projectId = p.id and m.memberId = :memberId)")
    List<UUID> idsRunBy(@Param("memberId") UUID memberId);

    @Query("select count(p) > 0 from Project p where p.id = :projectId and (p.managerId = :memberId"
            + " or p.createdBy = :memberId"
            + " or exists (select 1 from ProjectMember m where m.projectId = p.id and m.memberId = :memberId))")
    boolean isRunBy(@Param("projectId") UUID projectId, @Param("memberId") UUID memberId);
}
