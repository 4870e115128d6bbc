package com.mediaflow.tasks.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TimeEntryRepository extends JpaRepository<TimeEntry, UUID>, JpaSpecificationExecutor<TimeEntry> {

    long countByTaskId(UUID taskId);

    @Query("select coalesce(sum(e.minutes), 0) from TimeEntry e"
            + " where e.memberId = :memberId and e.date = :date and e.id <> :except")
    long minutesOn(@Param("memberId") UUID memberId, @Param("date") LocalDate date, @Param("except") UUID except);

    /**
     * Logged time of a project that has a cost rate, grouped so that entries of the same currency,
     * rate and length (which cost the same, rounded) are counted once.
     */
    @Query("select new com.mediaflow.tasks.internal.TimeCostGroup("
            + "e.rateCurrency, e.hourlyCost, e.minutes, count(e))"
            + " from TimeEntry e where e.projectId = :projectId and e.hourlyCost is not null"
            + " group by e.rateCurrency, e.hourlyCost, e.minutes")
    List<TimeCostGroup> costGroups(@Param("projectId") UUID projectId);
}
