package org.shizhi.domain.party.model;

import java.time.LocalDate;
import java.util.Objects;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/** A model post (党员示范岗) of an organisation, held by one of its members since a date. */
public record ModelPost(ModelPostId id, PartyOrganisationId organisation, String title, PartyMemberId holder, LocalDate since) {

    public static final int MAX_TITLE_LENGTH = 100;

    public ModelPost {
        Objects.requireNonNull(id, "id");
        if (organisation == null) {
            throw new InvalidValueException("organisationId", "a model post belongs to an organisation");
        }
        title = Texts.required("title", "a model post's title", title, MAX_TITLE_LENGTH);
        if (holder == null) {
            throw new InvalidValueException("holderId", "a model post has a holder");
        }
        if (since == null) {
            throw new InvalidValueException("since", "the date the holder took the post is required");
        }
    }

    /** Refuses a holder who is not a member of the post's organisation. */
    public static ModelPost of(ModelPostId id, PartyOrganisationId organisation, String title, PartyMember holder, LocalDate since) {
        if (!holder.organisation().equals(organisation)) {
            throw new InvalidValueException("holderId", "the holder of a model post is a member of its organisation");
        }
        return new ModelPost(id, organisation, title, holder.id(), since);
    }
}
