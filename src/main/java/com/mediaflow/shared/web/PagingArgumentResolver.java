package com.mediaflow.shared.web;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves a {@link Paging} controller parameter from {@code page}, {@code limit} and {@code sort}. */
public class PagingArgumentResolver implements HandlerMethodArgumentResolver {

    public static final List<String> PARAMETERS = List.of("page", "limit", "sort");

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Paging.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            @Nullable ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            @Nullable WebDataBinderFactory binderFactory) {
        var page = integer(request.getParameter("page"), "page", 1);
        var limit = integer(request.getParameter("limit"), "limit", Paging.DEFAULT_LIMIT);
        var sort = request.getParameter("sort");
        List<String> fields = sort == null || sort.isBlank()
                ? List.of()
                : Arrays.stream(sort.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
        return new Paging(page, limit, fields);
    }

    private static int integer(@Nullable String value, String name, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw InvalidInputException.field(name, "must be a whole number");
        }
    }
}
