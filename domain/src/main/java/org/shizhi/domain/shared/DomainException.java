package org.shizhi.domain.shared;

import java.util.Optional;

/**
 * A refusal by the domain, carrying what an adapter needs to explain it to a person or a program:
 * a stable problem kind, and the offending field where there is one. Adapters map these one-to-one
 * onto their own error shapes (RFC 9457 problem details over HTTP), so the rule is stated once, here.
 */
public abstract class DomainException extends RuntimeException {

    private final String field;

    protected DomainException(String field, String message) {
        super(message, null, false, false); // a refusal is not a crash: no stack trace to collect
        this.field = field;
    }

    /** The kind of problem; adapters derive a stable type URI and a status from it. */
    public abstract ProblemKind kind();

    /** The input field the refusal is about, in the API's own naming, if it is about one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
