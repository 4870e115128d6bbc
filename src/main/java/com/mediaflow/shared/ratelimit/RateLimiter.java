package com.mediaflow.shared.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * Token buckets in Redis (Bucket4j), so every instance counts against the same limit. A bucket
 * holds {@code capacity} tokens and refills them all, greedily, over {@code period}.
 */
@Component
public class RateLimiter {

    private final RateLimitProperties properties;
    private final LettuceConnectionFactory connectionFactory;
    private @Nullable RedisClient client;
    private @Nullable ProxyManager<byte[]> buckets;

    RateLimiter(RateLimitProperties properties, LettuceConnectionFactory connectionFactory) {
        this.properties = properties;
        this.connectionFactory = connectionFactory;
    }

    /** Takes one token for {@code key}; throws {@link RateLimitedException} when none is left. */
    public RateLimitStatus consume(String planName, RateLimitProperties.Plan plan, String key) {
        if (!properties.enabled()) {
            return RateLimitStatus.unlimited(plan);
        }
        var configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(plan.capacity()).refillGreedy(plan.capacity(), plan.period()))
                .build();
        var bucketKey = ("rate-limit:" + planName + ":" + key).getBytes(StandardCharsets.UTF_8);
        var probe = buckets().getProxy(bucketKey, () -> configuration).tryConsumeAndReturnRemaining(1);
        var wait = probe.isConsumed() ? timeToFull(plan, probe.getRemainingTokens()) : probe.getNanosToWaitForRefill();
        var status = new RateLimitStatus(plan.capacity(), probe.getRemainingTokens(), Duration.ofNanos(wait));
        if (!probe.isConsumed()) {
            throw new RateLimitedException(status);
        }
        return status;
    }

    public RateLimitProperties properties() {
        return properties;
    }

    /**
     * The bucket store on the connection factory's current client. The factory replaces its client
     * when it is stopped and started again, so the store follows it rather than keeping a closed one.
     */
    private synchronized ProxyManager<byte[]> buckets() {
        var current = (RedisClient) connectionFactory.getRequiredNativeClient();
        if (current != client || buckets == null) {
            client = current;
            buckets = Bucket4jLettuce.casBasedBuilder(current)
                    .expirationAfterWrite(
                            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                    .build();
        }
        return buckets;
    }

    private static long timeToFull(RateLimitProperties.Plan plan, long remaining) {
        return plan.period().toNanos() / plan.capacity() * (plan.capacity() - remaining);
    }
}
