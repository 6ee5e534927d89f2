package org.shizhi.adapters.rest;

import org.shizhi.domain.shared.InvalidValueException;

/** Checks on a request body that the generated models leave to the resource. */
public final class Requests {

    private Requests() {
    }

    /** A required body is there (Jersey hands an absent one over as null). */
    public static <T> T required(T body, String what) {
        if (body == null) {
            throw new InvalidValueException(null, "the request needs a JSON body: " + what);
        }
        return body;
    }

    /** A required number that the body gave as {@code null}. */
    static int number(Integer value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, field + " is required");
        }
        return value;
    }
}
