package org.shizhi.adapters.rest;

import java.util.function.Supplier;
import org.shizhi.domain.shared.InvalidValueException;

/** Places a domain refusal inside the request body, so `code` becomes `areas[3].code`. */
final class Fields {

    private Fields() {
    }

    /** The refusal is about exactly this field, whatever the value type called it. */
    static <T> T as(String field, Supplier<T> build) {
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
}
