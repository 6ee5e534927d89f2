package org.shizhi.domain.campaign.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * An activity held in a campaign: in one kind of venue, at a place inside one of the campaign's target areas, on a
 * day of its period; who came, who organised it, and the evidence that it took place.
 *
 * @param kind the activity kind, one of the campaign's when it names any; empty otherwise
 */
public record Activity(ActivityId id, CampaignId campaign, VenueKind venueKind, String place, AreaCode area, LocalDate heldOn,
                       Optional<String> kind, Participants participants, String organiser, Evidence evidence,
                       Instant recordedAt, Acting recordedBy) {

    public Activity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(campaign, "campaign");
        if (venueKind == null) {
            throw new InvalidValueException("venueKind", "an activity is held in one of the eight kinds of venue");
        }
        place = Texts.required("place", "the place", place, 200);
        if (area == null) {
            throw new InvalidValueException("areaCode", "an activity is held in an area (12-digit code)");
        }
        if (heldOn == null) {
            throw new InvalidValueException("heldOn", "the day the activity was held is required");
        }
        kind = kind == null ? Optional.empty() : kind.map(k -> Texts.required("kind", "the activity kind", k, 200));
        if (participants == null) {
            throw new InvalidValueException("participants", "how many took part is required");
        }
        organiser = Texts.required("organiser", "the organiser", organiser, 200);
        if (evidence == null) {
            throw new InvalidValueException("evidence", "evidence that the activity took place is required");
        }
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }

    /** Checks the activity against its campaign: a target kind, inside a target area, within the period, kind among the campaign's. */
    public void checkAgainst(Campaign c, LocalDate today) {
        if (!c.targetKinds().contains(venueKind)) {
            throw new InvalidValueException("venueKind", "campaign " + c.id() + " does not target venues of kind " + venueKind.code()
                    + "; it targets " + c.targetKinds().stream().map(VenueKind::code).sorted().toList());
        }
        if (c.targetAreaOf(area).isEmpty()) {
            throw new InvalidValueException("areaCode", "area " + area + " lies in none of the target areas of campaign " + c.id());
        }
        if (!c.period().includes(heldOn)) {
            throw new InvalidValueException("heldOn", "the campaign runs from " + c.period().start() + " to " + c.period().end()
                    + "; " + heldOn + " is outside it");
        }
        if (heldOn.isAfter(today)) {
            throw new InvalidValueException("heldOn", "an activity is recorded once held; " + heldOn + " is after today " + today);
        }
        if (kind.isPresent() && !c.activityKinds().isEmpty() && !c.activityKinds().contains(kind.get())) {
            throw new InvalidValueException("kind", "campaign " + c.id() + " expects the activity kinds " + c.activityKinds()
                    + ", not '" + kind.get() + "'");
        }
    }

    /** Who took part: a head count, and of them optionally how many were party members and how many volunteers. */
    public record Participants(int count, Optional<Integer> members, Optional<Integer> volunteers) {

        public static final int MAX = 1_000_000;

        public Participants {
            if (count < 1 || count > MAX) {
                throw new InvalidValueException("participants.count", "an activity has 1 to " + MAX + " participants, got " + count);
            }
            members = members == null ? Optional.empty() : members;
            volunteers = volunteers == null ? Optional.empty() : volunteers;
            check("participants.members", "party members", members, count);
            check("participants.volunteers", "volunteers", volunteers, count);
        }

        private static void check(String field, String what, Optional<Integer> part, int count) {
            if (part.isPresent() && (part.get() < 0 || part.get() > count)) {
                throw new InvalidValueException(field, "the " + what + " among the participants are 0 to " + count + ", got " + part.get());
            }
        }
    }

    /** What shows the activity took place: a description, and the attachments' metadata (the files live elsewhere). */
    public record Evidence(String description, List<Attachment> attachments) {

        public static final int MAX_ATTACHMENTS = 20;

        public Evidence {
            description = Texts.required("evidence.description", "the evidence's description", description, 2_000);
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
            if (attachments.size() > MAX_ATTACHMENTS) {
                throw new InvalidValueException("evidence.attachments", "at most " + MAX_ATTACHMENTS + " attachments, got " + attachments.size());
            }
        }
    }

    /** An attachment's metadata: file name, media type, size in bytes, and its SHA-256 so the file can be checked later. */
    public record Attachment(String fileName, String mediaType, long sizeBytes, String sha256) {

        public static final long MAX_BYTES = 100L * 1024 * 1024;

        public Attachment {
            fileName = Texts.required("attachment.fileName", "the file name", fileName, 200);
            mediaType = Texts.required("attachment.mediaType", "the media type", mediaType, 100);
            if (!mediaType.matches("[a-z]+/[a-z0-9.+-]+")) {
                throw new InvalidValueException("attachment.mediaType", "a media type looks like image/jpeg, not '" + mediaType + "'");
            }
            if (sizeBytes < 1 || sizeBytes > MAX_BYTES) {
                throw new InvalidValueException("attachment.sizeBytes", "an attachment has 1 to " + MAX_BYTES + " bytes, got " + sizeBytes);
            }
            if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
                throw new InvalidValueException("attachment.sha256", "the SHA-256 is 64 lower-case hex digits");
            }
        }
    }
}
