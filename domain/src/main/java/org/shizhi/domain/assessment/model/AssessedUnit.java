package org.shizhi.domain.assessment.model;

import java.util.Objects;
import org.shizhi.domain.assessment.model.IndicatorDefinition.Subject;

/** A unit assessed: an area (its 12-digit code) or a department (its code), with the name it is known by. */
public record AssessedUnit(Subject subject, String key, String name) {

    public AssessedUnit {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(key, "key");
        name = name == null || name.isBlank() ? key : name;
    }
}
