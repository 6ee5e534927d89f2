package org.shizhi.domain.party.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * What one member organisation of an alliance pledges (共建承诺, e.g. "两场职业讲座"), due by a date; delivered on the
 * date of the joint activity that delivered it, once.
 */
public record Pledge(PledgeId id, AllianceId alliance, String memberName, String promise, LocalDate dueOn,
                     Optional<LocalDate> deliveredOn, Optional<JointActivityId> deliveredBy) {

    public static final int MAX_PROMISE_LENGTH = 500;

    public Pledge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(alliance, "alliance");
        memberName = Texts.required("memberName", "the pledging member's name", memberName, Alliance.MAX_NAME_LENGTH);
        promise = Texts.required("promise", "what is pledged", promise, MAX_PROMISE_LENGTH);
        if (dueOn == null) {
            throw new InvalidValueException("dueOn", "a pledge has a date it is due by");
        }
        deliveredOn = deliveredOn == null ? Optional.empty() : deliveredOn;
        deliveredBy = deliveredBy == null ? Optional.empty() : deliveredBy;
        if (deliveredOn.isPresent() != deliveredBy.isPresent()) {
            throw new InvalidValueException("deliveredBy", "a pledge is delivered by a joint activity on its date");
        }
    }

    /** A new pledge by a member of the alliance. */
    public static Pledge by(PledgeId id, Alliance alliance, String memberName, String promise, LocalDate dueOn) {
        String name = memberName == null ? null : memberName.strip();
        if (name != null && !name.isEmpty() && !alliance.hasMember(name)) {
            throw new InvalidValueException("memberName", name + " is not a member of alliance " + alliance.name());
        }
        return new Pledge(id, alliance.id(), name, promise, dueOn, Optional.empty(), Optional.empty());
    }

    public boolean delivered() {
        return deliveredOn.isPresent();
    }

    /** Delivered by the activity; refused if delivered already. */
    public Pledge deliveredBy(JointActivity activity) {
        if (delivered()) {
            throw new ConflictException("pledgeIds", "pledge " + id + " was delivered already, on " + deliveredOn.get());
        }
        return new Pledge(id, alliance, memberName, promise, dueOn, Optional.of(activity.on()), Optional.of(activity.id()));
    }

    /** Kept: delivered on or before its due date. */
    public boolean kept() {
        return deliveredOn.filter(d -> !d.isAfter(dueOn)).isPresent();
    }
}
