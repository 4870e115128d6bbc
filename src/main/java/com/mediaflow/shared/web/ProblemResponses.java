package com.mediaflow.shared.web;

import com.mediaflow.shared.ratelimit.RateLimitHeaders;
import com.mediaflow.shared.ratelimit.RateLimitedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Maps every exception that leaves a controller to a problem document with a documented
 * {@link ErrorCode}. Unexpected errors are logged with the request id and answered with a plain
 * {@code INTERNAL} problem: never a stack trace, SQL or class name.
 */
@RestControllerAdvice
class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e, HttpServletRequest request) {
        return respond(Problems.validation(e.getMessage(), e.errors(), request));
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(
            RateLimitedException e, HttpServletRequest request, HttpServletResponse response) {
        RateLimitHeaders.write(response, e);
        return respond(Problems.problem(e.code(), e.getMessage(), request));
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e, HttpServletRequest request) {
        return respond(Problems.problem(e.code(), e.getMessage(), request, e.properties()));
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> binding(BindException e, HttpServletRequest request) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        e.getFieldErrors()
                .forEach(error -> errors.add(new InvalidInputException.FieldError(
                        JsonNames.snakeCase(error.getField()),
                        error.isBindingFailure()
                                ? "has an invalid value"
                                : String.valueOf(error.getDefaultMessage()))));
        e.getGlobalErrors()
                .forEach(error -> errors.add(new InvalidInputException.FieldError(
                        error.getObjectName(), String.valueOf(error.getDefaultMessage()))));
        return respond(Problems.validation(summary(errors), errors, request));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> methodValidation(HandlerMethodValidationException e, HttpServletRequest request) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            var name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors()
                    .forEach(error -> errors.add(new InvalidInputException.FieldError(
                            JsonNames.snakeCase(String.valueOf(name)), String.valueOf(error.getDefaultMessage()))));
        });
        return respond(Problems.validation(summary(errors), errors, request));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        var errors = e.getConstraintViolations().stream()
                .map(violation -> new InvalidInputException.FieldError(
                        JsonNames.snakeCase(lastNode(violation.getPropertyPath().toString())), violation.getMessage()))
                .toList();
        return respond(Problems.validation(summary(errors), errors, request));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        var cause = jsonErrorWithPath(e);
        if (cause != null) {
            var field = cause.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null
                            ? reference.getPropertyName()
                            : "[" + reference.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse("body");
            var target = targetType(cause);
            var message = target != null && target.isEnum()
                    ? "must be one of " + enumValues(target)
                    : "has a value of the wrong type";
            var errors = List.of(new InvalidInputException.FieldError(field, message));
            return respond(Problems.validation(field + " " + message, errors, request));
        }
        return respond(Problems.problem(
                ErrorCode.VALIDATION_ERROR,
                "The request body is missing or is not valid JSON of the expected shape",
                request));
    }

    private static @Nullable JacksonException jsonErrorWithPath(Throwable e) {
        for (var cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                return jackson;
            }
        }
        return null;
    }

    private static @Nullable Class<?> targetType(JacksonException e) {
        if (e instanceof MismatchedInputException mismatch) {
            return mismatch.getTargetType();
        }
        if (e instanceof ValueInstantiationException instantiation) {
            return instantiation.getType().getRawClass();
        }
        return null;
    }

    /** The values an enum accepts in JSON: its {@code value()} (the {@code @JsonValue}) where it has one. */
    private static String enumValues(Class<?> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(constant -> {
                    try {
                        return String.valueOf(type.getMethod("value").invoke(constant));
                    } catch (ReflectiveOperationException e) {
                        return ((Enum<?>) constant).name().toLowerCase(java.util.Locale.ROOT);
                    }
                })
                .collect(java.util.stream.Collectors.joining(", "));
    }

    @ExceptionHandler({
        MissingServletRequestParameterException.class,
        MissingRequestHeaderException.class,
        MissingServletRequestPartException.class
    })
    ResponseEntity<ProblemDetail> missingParameter(Exception e, HttpServletRequest request) {
        return respond(Problems.problem(ErrorCode.VALIDATION_ERROR, e.getMessage(), request));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        var field = JsonNames.snakeCase(e.getName());
        var errors = List.of(new InvalidInputException.FieldError(field, "has an invalid value"));
        return respond(Problems.validation(field + " has an invalid value", errors, request));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> denied(RuntimeException e, HttpServletRequest request) {
        return respond(
                Problems.problem(ErrorCode.FORBIDDEN, "You do not have the permission this action needs", request));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> staleVersion(OptimisticLockingFailureException e, HttpServletRequest request) {
        return respond(Problems.problem(
                ErrorCode.CONFLICT, "The resource was changed by someone else; reload it and try again", request));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        log.warn("Data integrity violation: {}", e.getMostSpecificCause().getMessage());
        return respond(Problems.problem(
                ErrorCode.CONFLICT,
                "The change conflicts with existing data (a duplicate or a missing reference)",
                request));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest request) {
        return respond(Problems.problem(ErrorCode.NOT_FOUND, "No such resource", request));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return respond(Problems.problem(ErrorCode.METHOD_NOT_ALLOWED, e.getMessage(), request));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return respond(Problems.problem(ErrorCode.UNSUPPORTED_MEDIA_TYPE, e.getMessage(), request));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        var problem = Problems.problem(ErrorCode.VALIDATION_ERROR, "The requested format is not available", request);
        problem.setStatus(406);
        return respond(problem);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return respond(Problems.problem(ErrorCode.PAYLOAD_TOO_LARGE, "The upload is larger than allowed", request));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e, HttpServletRequest request) {
        return respond(Problems.problem(
                ErrorCode.VALIDATION_ERROR, "The request is not a well-formed multipart/form-data body", request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        // The route pattern, not the URI: some addresses carry a secret (calendar feeds, public links).
        var route =
                request.getAttribute(org.springframework.web.servlet.HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        log.error("Unexpected error on {} {}", request.getMethod(), route != null ? route : "(no route)", e);
        return respond(Problems.problem(
                ErrorCode.INTERNAL,
                "Something went wrong on our side; quote the request id when you report it",
                request,
                Map.of()));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static String summary(List<InvalidInputException.FieldError> errors) {
        if (errors.isEmpty()) {
            return "The request is not valid";
        }
        return errors.stream()
                .map(error -> error.field() + " " + error.message())
                .distinct()
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
    }

    private static String lastNode(String path) {
        var dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
