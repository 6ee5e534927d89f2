package org.shizhi.domain.grid.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PublishedModel;

/**
 * The grade a grader gave an event, and the level that must handle it. Grades are named by the grader
 * (the default's LOW/MEDIUM/HIGH, Zhanjiang's ROUTINE/KEY/HARD whistles): {@code severity} orders them across
 * graders, from 1 (handled where it arose) upward; {@code reasons} say why, for the timeline.
 */
@PublishedModel
public record EventGrade(String code, String label, int severity, AdminLevel handlingLevel, List<String> reasons) {

    /** Compiled once: every intake grades its event. */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    public EventGrade {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidValueException("grade.code", "a grade code is upper-case letters, digits and underscores");
        }
        Objects.requireNonNull(label, "label");
        if (severity < 1 || severity > 5) {
            throw new InvalidValueException("grade.severity", "severity must be between 1 and 5");
        }
        if (handlingLevel == null || handlingLevel == AdminLevel.PROVINCE) {
            throw new InvalidValueException("grade.handlingLevel", "an event is handled at community, street, district or city level");
        }
        reasons = List.copyOf(reasons);
    }
}
