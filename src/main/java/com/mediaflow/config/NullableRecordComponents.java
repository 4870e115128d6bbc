package com.mediaflow.config;

import com.fasterxml.jackson.databind.JavaType;
import com.mediaflow.shared.web.JsonNames;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Marks the properties of the API's records that may be {@code null} (record components annotated
 * with JSpecify's type-use {@code @Nullable}) as nullable in the OpenAPI 3.1 schema, so clients and
 * the contract tests know exactly which fields can be {@code null}.
 */
@Component
// springdoc puts each converter it registers in front of the earlier ones: being last in order makes
// this one run first, around the snake-case model resolver.
@Order(Ordered.LOWEST_PRECEDENCE)
class NullableRecordComponents implements ModelConverter {

    @Override
    public @Nullable Schema<?> resolve(
            AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        var schema = chain.next().resolve(type, context, chain);
        var raw = rawClass(type.getType());
        if (schema == null || raw == null || !raw.isRecord() || !raw.getName().startsWith("com.mediaflow")) {
            return schema;
        }
        Schema<?> definition = schema.get$ref() != null
                ? context.getDefinedModels()
                        .get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1))
                : schema;
        if (definition == null || definition.getProperties() == null) {
            return schema;
        }
        Arrays.stream(raw.getRecordComponents())
                .filter(component -> component.getAnnotatedType().isAnnotationPresent(Nullable.class))
                .forEach(component -> {
                    Schema<?> property = definition.getProperties().get(JsonNames.snakeCase(component.getName()));
                    if (property != null) {
                        makeNullable(definition, JsonNames.snakeCase(component.getName()), property);
                    }
                });
        return schema;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void makeNullable(Schema<?> owner, String name, Schema property) {
        if (property.get$ref() != null) {
            // OpenAPI 3.1 writes `types`; a bare type("null") would vanish and leave a schema that accepts anything.
            // anyOf, not oneOf: the referenced object schema carries no `type`, so null satisfies it as well.
            var nullable = new Schema<>()
                    .anyOf(List.of(
                            new Schema<>().$ref(property.get$ref()),
                            new Schema<>().types(new LinkedHashSet<>(List.of("null")))));
            owner.getProperties().put(name, nullable);
            return;
        }
        var types = new LinkedHashSet<String>();
        if (property.getTypes() != null) {
            types.addAll(property.getTypes());
        } else if (property.getType() != null) {
            types.add(property.getType());
        }
        if (!types.isEmpty()) {
            types.add("null");
            property.setTypes(types);
            property.setType(null);
        }
        // JSON Schema checks "enum" as well as "type": a nullable enum must list null among its values.
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            property.addEnumItemObject(null);
        }
    }

    private static @Nullable Class<?> rawClass(Type type) {
        if (type instanceof Class<?> clazz) {
            return clazz;
        }
        if (type instanceof JavaType javaType) {
            return javaType.getRawClass();
        }
        return null;
    }
}
