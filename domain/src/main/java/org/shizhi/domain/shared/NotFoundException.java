package org.shizhi.domain.shared;

/** Nothing of that kind with that id exists for the caller. Also used where existence must not leak. */
public final class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super(null, what + " " + id + " was not found");
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.NOT_FOUND;
    }
}
