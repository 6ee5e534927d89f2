package org.shizhi.adapters.rest.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Path, query and header parameters of the generated interfaces that are not plain strings (UUIDs, RFC 3339
 * instants, dates, integers, the contract's enums). JAX-RS itself answers a value it cannot convert with a bare 404
 * for a path or query parameter; here a bad value is a 400 problem naming the parameter, like every other bad input.
 */
@Provider
@ApplicationScoped
public class ParamConverters implements ParamConverterProvider {

    private static final String MODEL_PACKAGE = "org.shizhi.adapters.rest.model";

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, UUID::toString, text -> {
                UUID id = UUID.fromString(text);
                if (!id.toString().equals(text.toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("not canonical");
                }
                return id;
            }, "must be a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e");
        }
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) converter(name, OffsetDateTime::toString, OffsetDateTime::parse,
                    "must be an RFC 3339 timestamp with an offset, such as 2025-09-22T00:00:00+08:00");
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, LocalDate::toString, LocalDate::parse,
                    "must be a date such as 2025-09-22");
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) converter(name, String::valueOf, Integer::valueOf, "must be a whole number");
        }
        if (rawType.isEnum() && rawType.getPackageName().equals(MODEL_PACKAGE)) {
            return enumConverter(rawType, name);
        }
        return null;
    }

    /** The contract's enums take their wire values ({@code csv}, not {@code CSV}) through the generated fromValue. */
    private static <T> ParamConverter<T> enumConverter(Class<T> type, String name) {
        Method fromValue;
        try {
            fromValue = type.getMethod("fromValue", String.class);
        } catch (NoSuchMethodException e) {
            return null;
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        return converter(name, String::valueOf, text -> {
            try {
                return type.cast(fromValue.invoke(null, text));
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException(e);
            }
        }, "must be one of " + allowed);
    }

    private static <T> ParamConverter<T> converter(String name, Function<T, String> format, Function<String, T> parse,
                                                   String rule) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw invalid(name, name + " " + rule + ", got '" + shorten(value) + "'");
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : format.apply(value);
            }
        };
    }

    /** A refusal Jersey passes on unchanged: a problem response with the parameter as its field. */
    public static WebApplicationException invalid(String field, String detail) {
        return new WebApplicationException(Problems.response(400, "invalid-value", "Invalid value", detail, field));
    }

    private static String shorten(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80) + "…";
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return "parameter";
    }
}
