package org.shizhi.domain.shared;

/** Who did something and in which of their roles: the "who" of every timeline entry. */
public record Acting(String subject, Role role) {

    public Acting {
        if (subject == null || subject.isBlank()) {
            throw new InvalidValueException("actor", "who acted must be named");
        }
        if (role == null) {
            throw new InvalidValueException("role", "the role someone acted in is required");
        }
    }
}
