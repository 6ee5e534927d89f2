package org.shizhi.domain.shared;

/** The request is well formed but contradicts what is stored now. */
public final class ConflictException extends DomainException {

    public ConflictException(String field, String message) {
        super(field, message);
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.CONFLICT;
    }
}
