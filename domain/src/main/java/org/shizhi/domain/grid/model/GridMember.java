package org.shizhi.domain.grid.model;

import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.Texts;

/**
 * A person on a grid: grid worker (responsible or assisting), party instructor or building head, with a mobile
 * contact. The name and the mobile are personal data: readers without the personal-data privilege get them masked
 * (see {@code GridQuery}).
 */
public record GridMember(MemberId id, GridPost post, String name, PhoneNumber contact) {

    public static final int MAX_NAME_LENGTH = 50;

    public GridMember {
        if (id == null) {
            throw new InvalidValueException("memberId", "member id is required");
        }
        if (post == null) {
            throw new InvalidValueException("post", "a member's post is required (RESPONSIBLE_WORKER, ASSISTANT_WORKER,"
                    + " PARTY_INSTRUCTOR or BUILDING_HEAD)");
        }
        name = Texts.required("name", "a member's name", name, MAX_NAME_LENGTH);
        if (contact == null) {
            throw new InvalidValueException("contact", "a member needs a mobile contact");
        }
    }
}
