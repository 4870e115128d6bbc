package com.mediaflow.shared.ratelimit;

import com.mediaflow.shared.security.CurrentUsers;
import com.mediaflow.shared.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The general API limit: per member once signed in, per client IP before. The public proposal
 * routes have their own limit per client IP and link (a page's time-on-page beacons would
 * otherwise use up the limit of everyone behind the same address).
 */
@Component
@Order(0)
class ApiRateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final Problems problems;

    ApiRateLimitFilter(RateLimiter limiter, Problems problems) {
        this.limiter = limiter;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var uri = request.getRequestURI();
        return !uri.startsWith("/api/") || uri.startsWith("/api/proposals/public/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var key = CurrentUsers.current().map(user -> "member:" + user.id()).orElse("ip:" + request.getRemoteAddr());
        try {
            limiter.consume("api", limiter.properties().api(), key).writeHeaders(response);
        } catch (RateLimitedException e) {
            RateLimitHeaders.write(response, e);
            problems.write(response, Problems.problem(e.code(), e.getMessage(), request));
            return;
        }
        chain.doFilter(request, response);
    }
}
