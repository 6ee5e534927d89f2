package org.shizhi.domain.grid.model;

import java.util.regex.Pattern;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PublishedModel;

/**
 * A functional department (civil affairs, police, housing…) that events are dispatched to and that a street
 * summons, by its lower-case code ({@code jinjiang-housing}); the city's directory of departments names them.
 */
@PublishedModel
public record DepartmentCode(String value) implements Comparable<DepartmentCode> {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,63}");

    public DepartmentCode {
        if (value == null || !CODE.matcher(value).matches()) {
            throw new InvalidValueException("department", "a department code is 2–64 lower-case letters, digits and"
                    + " hyphens starting with a letter, got '" + value + "'");
        }
    }

    public static DepartmentCode of(String value) {
        return new DepartmentCode(value);
    }

    @Override
    public int compareTo(DepartmentCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
