package org.shizhi.adapters.rest.law;

import jakarta.ws.rs.WebApplicationException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shizhi.adapters.rest.http.Problems;
import org.shizhi.domain.shared.DomainException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.WorkingTime;

/**
 * The request plumbing the law resource needs, as the adapter's own package does it (its helpers are package-private
 * there): versions in {@code If-Match}, refusals placed on the request's field, instants in China's offset.
 */
final class LawHttp {

    static final String IF_MATCH = "If-Match";
    private static final Pattern STRONG_VERSION = Pattern.compile("\"([0-9]{1,18})\"");

    private LawHttp() {
    }

    /** The version an {@code If-Match} header names: 428 without one, 400 for a tag the platform never gave. */
    static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new WebApplicationException(Problems.response(428, "precondition-required", "Precondition Required",
                    "a change must name the version it is based on: send If-Match with the ETag of your last read, e.g. If-Match: \"3\"",
                    IF_MATCH));
        }
        Matcher strong = STRONG_VERSION.matcher(ifMatch.strip());
        if (!strong.matches()) {
            throw new WebApplicationException(Problems.response(400, "invalid-value", "Invalid value",
                    "If-Match must be one ETag the platform gave, e.g. \"3\" (with the quotes)", IF_MATCH));
        }
        return Long.parseLong(strong.group(1));
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
            throw new InvalidValueException(e.field().map(f -> prefix + "." + f).orElse(prefix), e.getMessage());
        }
    }

    /** A change whose stale version the domain names {@code version} is answered naming {@code If-Match}. */
    static <T> T versioned(Supplier<T> change) {
        try {
            return change.get();
        } catch (DomainException e) {
            if (e.field().filter(f -> f.equals("version") || f.equals("expectedVersion")).isPresent()) {
                throw new WebApplicationException(Problems.of(e.kind(), e.getMessage(), IF_MATCH));
            }
            throw e;
        }
    }

    static <T> T required(T body, String what) {
        if (body == null) {
            throw new InvalidValueException(null, "the request needs a JSON body: " + what);
        }
        return body;
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(WorkingTime.ZONE).toOffsetDateTime();
    }

    static OffsetDateTime at(Optional<Instant> instant) {
        return instant.map(LawHttp::at).orElse(null);
    }

    /** The enum of one side by the name of the other: the contract's enums list the domain's values. */
    static <E extends Enum<E>> E as(Class<E> type, Enum<?> value) {
        return value == null ? null : Enum.valueOf(type, value.name());
    }
}
