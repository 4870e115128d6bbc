package com.mediaflow.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the RFC 9457 problem documents of the API, and writes them where no controller advice
 * runs (security filters, rate limits).
 */
@Component
public class Problems {

    private static final String TYPE_BASE = "https://mediaflow.app/problems/";

    private final JsonMapper json;

    public Problems(JsonMapper json) {
        this.json = json;
    }

    public static ProblemDetail problem(ErrorCode code, String detail, HttpServletRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(code.status(), detail);
        problem.setType(URI.create(TYPE_BASE + code.name().toLowerCase().replace('_', '-')));
        problem.setTitle(code.title());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code.name());
        problem.setProperty("request_id", RequestIdFilter.of(request));
        return problem;
    }

    public static ProblemDetail problem(
            ErrorCode code, String detail, HttpServletRequest request, Map<String, Object> properties) {
        var problem = problem(code, detail, request);
        properties.forEach(problem::setProperty);
        return problem;
    }

    public static ProblemDetail validation(
            String detail, List<InvalidInputException.FieldError> errors, HttpServletRequest request) {
        var problem = problem(ErrorCode.VALIDATION_ERROR, detail, request);
        problem.setProperty(
                "errors",
                errors.stream()
                        .map(error -> Map.of("field", error.field(), "message", error.message()))
                        .toList());
        return problem;
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
