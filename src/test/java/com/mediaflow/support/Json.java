package com.mediaflow.support;

import com.jayway.jsonpath.JsonPath;
import java.io.UnsupportedEncodingException;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Small helpers to read JSON responses in tests. */
public final class Json {

    private Json() {}

    public static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static <T> T read(MvcTestResult result, String path) {
        return JsonPath.read(body(result), path);
    }
}
