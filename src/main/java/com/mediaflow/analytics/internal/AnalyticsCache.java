package com.mediaflow.analytics.internal;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Figures cached in Redis as JSON. The key holds the organization, the route, its parameters, the
 * caller's visibility scope ({@link Viewer#cacheScope()}) and the organization's current
 * <em>generation</em>: a counter that every change to the underlying data bumps ({@link
 * AnalyticsInvalidation}), so a change makes every earlier entry unreachable at once, on every
 * instance. The generation is read before the figure is computed, so a figure computed while a
 * change commits is stored under the old generation and never served after it. Entries also expire
 * after {@code mediaflow.analytics.cache-ttl}. When Redis is unavailable figures are computed
 * directly.
 */
@Component
public class AnalyticsCache {

    /** There is one studio per installation; the id keeps keys apart should that change. */
    static final String ORGANIZATION = "1";

    private static final Logger log = LoggerFactory.getLogger(AnalyticsCache.class);
    /** Bump the version when the shape of a cached figure changes, so old entries are never read. */
    private static final String PREFIX = "analytics:v1:org:" + ORGANIZATION + ":";

    static final String GENERATION = PREFIX + "generation";

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final AnalyticsProperties properties;

    AnalyticsCache(StringRedisTemplate redis, JsonMapper json, AnalyticsProperties properties) {
        this.redis = redis;
        this.json = json;
        this.properties = properties;
    }

    public <T> T get(String route, String parameters, Viewer viewer, Class<T> type, Supplier<T> compute) {
        if (!properties.cacheEnabled()) {
            return compute.get();
        }
        String key;
        try {
            var generation = redis.opsForValue().get(GENERATION);
            key = PREFIX + "g" + (generation == null ? "0" : generation) + ":" + route + ":" + parameters + ":"
                    + viewer.cacheScope();
            var cached = redis.opsForValue().get(key);
            if (cached != null) {
                return json.readValue(cached, type);
            }
        } catch (DataAccessException | JacksonException e) {
            log.warn("Analytics cache unavailable, computing {} directly: {}", route, e.getMessage());
            return compute.get();
        }
        var value = compute.get();
        try {
            redis.opsForValue().set(key, json.writeValueAsString(value), properties.cacheTtl());
        } catch (DataAccessException | JacksonException e) {
            log.warn("Could not cache analytics {}: {}", route, e.getMessage());
        }
        return value;
    }

    /** Makes every cached figure of the organization unreachable. */
    public void invalidate() {
        redis.opsForValue().increment(GENERATION);
    }
}
