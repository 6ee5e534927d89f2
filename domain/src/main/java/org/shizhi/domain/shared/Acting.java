package org.shizhi.domain.shared;

import java.util.Optional;

/**
 * Who did something and in which of their roles: the "who" of every timeline entry.
 *
 * @param gridMember the grid member id a grid worker acted as (the token's {@code grid_member} claim, see
 *                   {@link Actor#gridMemberId()}), where the act is counted as the worker's own work (a grid event
 *                   reported or resolved), where it differs from the subject; empty elsewhere
 */
public record Acting(String subject, Role role, Optional<String> gridMember) {

    public Acting {
        if (subject == null || subject.isBlank()) {
            throw new InvalidValueException("actor", "who acted must be named");
        }
        if (role == null) {
            throw new InvalidValueException("role", "the role someone acted in is required");
        }
        // A member id that is the subject says nothing more: one act, one value, however it was read back.
        gridMember = gridMember == null ? Optional.empty()
                : gridMember.map(String::strip).filter(m -> !m.isEmpty() && !m.equals(subject));
    }

    /** Someone acting without a grid member id of their own on record. */
    public Acting(String subject, Role role) {
        this(subject, role, Optional.empty());
    }

    /**
     * The id a grid worker's act is counted under, as their visits and training are: the grid member id they acted as,
     * else the subject (the rule of {@link Actor#gridMemberId()}).
     */
    public String gridMemberId() {
        return gridMember.orElse(subject);
    }
}
