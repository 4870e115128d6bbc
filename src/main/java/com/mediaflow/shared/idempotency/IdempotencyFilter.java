package com.mediaflow.shared.idempotency;

import com.mediaflow.shared.security.CurrentUsers;
import com.mediaflow.shared.web.ErrorCode;
import com.mediaflow.shared.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Honours the {@code Idempotency-Key} header on authenticated JSON {@code POST}s: the first request
 * with a key runs and its response is kept for 24 hours; a retry with the same key and body gets
 * that response again (header {@code Idempotent-Replayed: true}) without running twice; the same
 * key with another body, or while the first is still running, is a {@code 409}. Keys are scoped to
 * the member who sent them. Responses of {@code 5xx} are not kept, so such a request may be retried.
 */
@Component
@Order(10)
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyStore store;
    private final Problems problems;

    IdempotencyFilter(IdempotencyStore store, Problems problems) {
        this.store = store;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var contentType = request.getContentType();
        return !"POST".equals(request.getMethod())
                || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith("/api/")
                || (contentType != null && contentType.startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var user = CurrentUsers.current();
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        var key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            problems.write(
                    response,
                    Problems.problem(
                            ErrorCode.VALIDATION_ERROR,
                            "Idempotency-Key must be 1 to 255 visible ASCII characters",
                            request));
            return;
        }
        var cached = new CachedBodyRequest(request);
        var fingerprint = IdempotencyStore.fingerprint(request.getMethod(), request.getRequestURI(), cached.body());
        var scope = new IdempotencyStore.Scope(user.get().id(), key);
        var claim = store.claim(scope, fingerprint);
        if (claim instanceof IdempotencyStore.Claim.Claimed) {
            runAndKeep(cached, response, chain, scope);
        } else if (claim instanceof IdempotencyStore.Claim.Completed completed) {
            completed.response().replay(response);
        } else if (claim instanceof IdempotencyStore.Claim.InProgress) {
            problems.write(
                    response,
                    Problems.problem(
                            ErrorCode.CONFLICT,
                            "A request with this Idempotency-Key is still being processed; retry shortly",
                            request));
        } else {
            problems.write(
                    response,
                    Problems.problem(
                            ErrorCode.CONFLICT,
                            "This Idempotency-Key was already used for a different request",
                            request));
        }
    }

    private void runAndKeep(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, IdempotencyStore.Scope scope)
            throws ServletException, IOException {
        var wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
        } catch (ServletException | IOException | RuntimeException e) {
            store.release(scope);
            throw e;
        }
        if (wrapper.getStatus() >= 500) {
            store.release(scope);
        } else {
            store.complete(
                    scope,
                    new StoredResponse(
                            wrapper.getStatus(),
                            wrapper.getContentType(),
                            wrapper.getHeader("Location"),
                            wrapper.getContentAsByteArray()));
        }
        wrapper.copyBodyToResponse();
    }
}
