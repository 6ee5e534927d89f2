package org.shizhi.adapters.rest.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versions over HTTP: a versioned resource's {@code ETag} is its version as a strong entity tag ({@code "3"}), and a
 * change names the version it was based on in {@code If-Match}. Without it, 428; a tag that is not one of ours, 400.
 * Whether the named version is still the stored one is the domain's to decide (412, {@code StaleVersionException}).
 */
public final class ETags {

    public static final String IF_MATCH = "If-Match";
    private static final Pattern STRONG_VERSION = Pattern.compile("\"([0-9]{1,18})\"");

    private ETags() {
    }

    /** The domain's names for the version a change is based on, which the request gives as If-Match. */
    public static final java.util.Map<String, String> VERSION_FIELDS = java.util.Map.of("expectedVersion", IF_MATCH, "version", IF_MATCH);

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an {@code If-Match} header names. */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new WebApplicationException(Problems.response(428, "precondition-required", "Precondition Required",
                    "a change must name the version it is based on: send If-Match with the ETag of your last read, e.g. If-Match: \"3\"",
                    IF_MATCH));
        }
        String tag = ifMatch.strip();
        Matcher strong = STRONG_VERSION.matcher(tag);
        if (strong.matches()) {
            return Long.parseLong(strong.group(1));
        }
        String why = tag.equals("*") ? "If-Match: * would change whatever version is stored; name the version you read"
                : tag.startsWith("W/") ? "a weak ETag never matches for a change; send the ETag as the platform gave it, e.g. \"3\""
                : tag.contains(",") ? "If-Match names one version, the one the change is based on"
                : "If-Match must be an ETag the platform gave, e.g. \"3\" (with the quotes)";
        throw new WebApplicationException(Problems.response(400, "invalid-value", "Invalid value", why, IF_MATCH));
    }
}
