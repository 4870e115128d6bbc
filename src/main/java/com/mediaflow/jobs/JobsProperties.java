package com.mediaflow.jobs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How background jobs run.
 *
 * @param workers how many jobs this instance runs at once (virtual threads on Java 21 and later)
 * @param queueCapacity how many jobs may wait for a worker on this instance; beyond that a
 *     submitted job fails at once with a "try again later" message
 * @param resultTtl how long a result can be downloaded after the job finished; then it is deleted
 * @param heartbeatInterval how often this instance confirms the jobs it holds are alive
 * @param staleAfter a queued or running job whose instance has not confirmed it for this long is
 *     failed by the sweeper (its instance died); keep it several heartbeats long
 * @param progressInterval the least time between two progress writes of one job
 * @param sweepInterval how often the sweeper runs (on one instance at a time)
 */
@ConfigurationProperties("mediaflow.jobs")
@Validated
public record JobsProperties(
        @DefaultValue("2") @Min(1) @Max(64) int workers,
        @DefaultValue("100") @Min(1) int queueCapacity,
        @DefaultValue("24h") @NotNull Duration resultTtl,
        @DefaultValue("15s") @NotNull Duration heartbeatInterval,
        @DefaultValue("2m") @NotNull Duration staleAfter,
        @DefaultValue("1s") @NotNull Duration progressInterval,
        @DefaultValue("1m") @NotNull Duration sweepInterval) {}
