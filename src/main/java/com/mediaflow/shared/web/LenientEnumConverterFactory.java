package com.mediaflow.shared.web;

import java.util.Locale;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/**
 * Reads enum query parameters the way the API writes them ({@code ?role=producer},
 * {@code ?status=in_progress}): case-insensitively, against the constant names.
 */
public class LenientEnumConverterFactory implements ConverterFactory<String, Enum<?>> {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T extends Enum<?>> Converter<String, T> getConverter(Class<T> targetType) {
        return source -> {
            var value = source.strip();
            if (value.isEmpty()) {
                return null;
            }
            return (T) Enum.valueOf((Class) targetType, value.toUpperCase(Locale.ROOT));
        };
    }
}
