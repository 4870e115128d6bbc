package com.mediaflow.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks a controller method's {@code @PreAuthorize} before its arguments are bound and validated,
 * so a caller without the permission gets {@code 403} whatever they send, never a {@code 400} that
 * describes a form they may not use. Method security still runs as well; the expressions only use
 * the caller's authorities, never the arguments.
 */
class AuthorizeBeforeBinding implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager authorization = new PreAuthorizeAuthorizationManager();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(PreAuthorize.class)) {
            var invocation = new SimpleMethodInvocation(method.getBean(), method.getMethod());
            var decision = authorization.authorize(SecurityContextHolder.getContext()::getAuthentication, invocation);
            if (decision != null && !decision.isGranted()) {
                throw new AccessDeniedException("Access denied");
            }
        }
        return true;
    }
}
