package org.shizhi.domain.shared;

/** The caller is known but their role does not allow the action. Never used to hide existence: that is NotFound. */
public final class AccessDeniedException extends DomainException {

    public AccessDeniedException(String message) {
        super(null, message);
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.FORBIDDEN;
    }
}
