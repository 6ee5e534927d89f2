package org.shizhi.domain.grid.model;

import java.util.Objects;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;
import org.shizhi.domain.shared.PublishedModel;

/**
 * A grid that breaks one of its city's grid rules.
 *
 * @param grid        the grid that breaks the rule
 * @param rule        the rule's name, e.g. {@code chengdu.micro-grid-households}: lower-case words joined by '-' or '.'
 * @param enforcement whether the change that would cause it is refused, or the grid is only reported
 * @param message     what is wrong, for people: names the grid, the limit and the value
 */
@PublishedModel
public record GridRuleViolation(GridCode grid, String rule, Enforcement enforcement, String message) {

    /** What the platform does about a violation. */
    public enum Enforcement {
        /** The change (creating the grid, adding households) that would cause it is refused; stored grids are listed. */
        REFUSE,
        /** Nothing is refused: the grid is listed by the rules query for people to put right. */
        REPORT
    }

    public GridRuleViolation {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(enforcement, "enforcement");
        if (rule == null || !rule.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*")) {
            throw new InvalidValueException("rule", "a grid rule's name is lower-case words joined by '-' or '.', not '" + rule + "'");
        }
        message = Texts.required("message", "a grid rule violation's message", message, 500);
    }

    public boolean refuses() {
        return enforcement == Enforcement.REFUSE;
    }
}
