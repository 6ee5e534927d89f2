package org.shizhi.adapters.rest;

import jakarta.ws.rs.WebApplicationException;
import java.util.Map;
import java.util.function.Supplier;
import org.shizhi.domain.shared.DomainException;
import org.shizhi.domain.shared.InvalidValueException;

/** Places a domain refusal inside the request body, so `code` becomes `areas[3].code`. */
public final class Fields {

    private Fields() {
    }

    /** The refusal is about exactly this field, whatever the value type called it. */
    public static <T> T as(String field, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.getMessage());
        }
    }

    /** The refusal is about a field of the object found at {@code prefix}. */
    static <T> T at(String prefix, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            String field = e.field().map(f -> prefix + "." + f).orElse(prefix);
            throw new InvalidValueException(field, e.getMessage());
        }
    }

    /**
     * Any refusal (invalid, not found, conflict…) whose field the domain names differently from the request is
     * answered with the request's name: {@code names} maps a domain field, or the start of one ({@code parent},
     * {@code reporter.name}), to the request's ({@code parentCode}).
     */
    public static <T> T renaming(Map<String, String> names, Supplier<T> call) {
        try {
            return call.get();
        } catch (DomainException e) {
            String field = e.field().orElse(null);
            String renamed = renamed(names, field);
            if (renamed == null || renamed.equals(field)) {
                throw e;
            }
            throw new WebApplicationException(Problems.of(e.kind(), e.getMessage(), renamed));
        }
    }

    static String renamed(Map<String, String> names, String field) {
        if (field == null) {
            return null;
        }
        String exact = names.get(field);
        if (exact != null) {
            return exact;
        }
        for (var name : names.entrySet()) {
            String from = name.getKey();
            if (field.startsWith(from + ".") || field.startsWith(from + "[")) {
                return name.getValue() + field.substring(from.length());
            }
        }
        return field;
    }
}
