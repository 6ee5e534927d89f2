package org.shizhi.domain.shared;

/** A change was based on an older copy than the stored one; nothing was changed. Reload and try again. */
public final class StaleVersionException extends DomainException {

    public StaleVersionException(String message) {
        super("version", message);
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.STALE_VERSION;
    }
}
