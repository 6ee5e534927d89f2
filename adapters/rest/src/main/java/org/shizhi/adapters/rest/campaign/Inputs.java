package org.shizhi.adapters.rest.campaign;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.WorkingTime;

/** What the campaign resources need of a request: fields named as the request names them. */
final class Inputs {

    private Inputs() {
    }

    /** A required body is there (Jersey hands an absent one over as null). */
    static <T> T body(T body, String what) {
        if (body == null) {
            throw new InvalidValueException(null, "the request needs a JSON body: " + what);
        }
        return body;
    }

    /** The refusal is about exactly this field, whatever the value type called it. */
    static <T> T as(String field, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.getMessage());
        }
    }

    /** The refusal is about a field of the object at {@code prefix}, e.g. {@code attachments[2].sha256}. */
    static <T> T at(String prefix, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            String field = e.field().map(f -> prefix + "." + f.substring(f.lastIndexOf('.') + 1)).orElse(prefix);
            throw new InvalidValueException(field, e.getMessage());
        }
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, field + " is required");
        }
        return value;
    }

    static AreaCode area(String field, String code) {
        required(code, field);
        return as(field, () -> AreaCode.of(code));
    }

    /** The {@code area} query parameter, the caller's jurisdiction when absent. */
    static AreaCode areaOr(String code, AreaCode jurisdiction) {
        return code == null || code.isBlank() ? jurisdiction : area("area", code);
    }

    static <T> List<T> list(List<T> given) {
        return given == null ? List.of() : given;
    }

    /** An instant at China's offset, as every timestamp of the API. */
    static OffsetDateTime at(Instant instant) {
        return instant.atZone(WorkingTime.ZONE).toOffsetDateTime();
    }
}
