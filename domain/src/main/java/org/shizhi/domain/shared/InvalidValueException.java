package org.shizhi.domain.shared;

/** A value that breaks a rule; the message names the field and the rule, e.g. "area code must have 12 digits". */
public final class InvalidValueException extends DomainException {

    public InvalidValueException(String field, String message) {
        super(field, message);
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.INVALID_VALUE;
    }
}
