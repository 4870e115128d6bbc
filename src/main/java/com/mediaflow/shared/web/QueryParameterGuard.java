package com.mediaflow.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Rejects query parameters that a list route does not know with a {@code 400}, so a typo in a
 * filter ({@code ?stauts=paid}) is reported instead of silently returning everything. The known
 * names are read from the handler: its {@code @RequestParam}s, the components of its filter record
 * ({@code @BindParam} names honoured) and the paging parameters.
 */
public class QueryParameterGuard implements HandlerInterceptor {

    private final Map<HandlerMethod, Set<String>> known = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !"GET".equals(request.getMethod())) {
            return true;
        }
        var allowed = known.computeIfAbsent(method, QueryParameterGuard::knownParameters);
        if (allowed.contains("*")) {
            return true;
        }
        Set<String> unknown = new TreeSet<>(request.getParameterMap().keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw InvalidInputException.field(
                    unknown.iterator().next(),
                    "is not a known parameter of this route; known: " + String.join(", ", new TreeSet<>(allowed)));
        }
        return true;
    }

    private static Set<String> knownParameters(HandlerMethod method) {
        Set<String> names = new HashSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            var type = parameter.getParameterType();
            var requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null) {
                if (Map.class.isAssignableFrom(type)) {
                    names.add("*");
                }
                var name = requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name();
                names.add(String.valueOf(name));
            } else if (type == Paging.class) {
                names.addAll(PagingArgumentResolver.PARAMETERS);
            } else if (type.isRecord() && isQueryObject(parameter)) {
                names.addAll(recordParameterNames(type));
            }
        }
        return Set.copyOf(names);
    }

    /** A record bound from the query string: not annotated, or only with {@code @ParameterObject}/{@code @ModelAttribute}. */
    private static boolean isQueryObject(MethodParameter parameter) {
        return Arrays.stream(parameter.getParameterAnnotations())
                .allMatch(annotation ->
                        annotation.annotationType().getSimpleName().equals("ParameterObject")
                                || annotation.annotationType().getSimpleName().equals("ModelAttribute"));
    }

    /** {@code @BindParam} targets parameters, so it sits on the canonical constructor, not the component. */
    private static Set<String> recordParameterNames(Class<?> type) {
        var components = type.getRecordComponents();
        var types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            var parameters = type.getDeclaredConstructor(types).getParameters();
            Set<String> names = new HashSet<>();
            for (int i = 0; i < components.length; i++) {
                var bindParam = parameters[i].getAnnotation(BindParam.class);
                names.add(bindParam != null ? bindParam.value() : components[i].getName());
            }
            return names;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("A record always has a canonical constructor", e);
        }
    }
}
