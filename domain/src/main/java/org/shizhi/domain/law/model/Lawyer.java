package org.shizhi.domain.law.model;

import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * A lawyer taking legal-aid cases at a centre.
 *
 * @param capacity how many open cases (assigned, not yet closed) the lawyer can carry at once
 */
public record Lawyer(String id, String name, int capacity) {

    public static final int MAX_CAPACITY = 200;

    public Lawyer {
        id = Texts.required("lawyers.id", "a lawyer's id", id, 64);
        name = Texts.required("lawyers.name", "a lawyer's name", name, 100);
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new InvalidValueException("lawyers.capacity", "a lawyer's capacity is 1 to " + MAX_CAPACITY + " open cases, got " + capacity);
        }
    }
}
