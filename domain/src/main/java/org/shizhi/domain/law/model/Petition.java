package org.shizhi.domain.law.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PublishedModel;
import org.shizhi.domain.shared.Texts;
import org.shizhi.domain.shared.WorkingTime;

/**
 * A petition (信访件): acceptance decided before {@code acceptanceDue}; once accepted, a reply before {@code replyDue},
 * which may be extended once, with a reason. A leader may take on a hard case (领导包案); a repeat petition names the
 * earlier one on the same matter; a petition may be linked to the dispute it opened or joined.
 *
 * <p>In the backlog (积案): accepted and unanswered past the reply date, or reopened. Cleared only with a recorded
 * outcome and the petitioner's response.
 *
 * @param agency the agency responsible for the matter (责任单位)
 * @param visitTask the night-visit task (平安夜访) whose finding filed the petition, if one did
 */
public record Petition(PetitionId id, long version, AreaCode area, Person petitioner, String matter, PetitionChannel channel,
                       String agency, Instant receivedAt, Deadline acceptanceDue, PetitionState state,
                       Optional<PetitionId> repeatOf, Optional<Instant> acceptedAt, Optional<String> notAcceptedReason,
                       Optional<Deadline> replyDue, Optional<String> extensionReason, Optional<String> leader,
                       Optional<DisputeId> dispute, Optional<String> reply, Optional<Instant> repliedAt, int reopenings,
                       Optional<String> outcome, Optional<Satisfaction> petitionerResponse, Optional<Instant> clearedAt,
                       Optional<UUID> visitTask) {

    public static final int MAX_MATTER_LENGTH = 4_000;
    public static final int MAX_TEXT_LENGTH = 2_000;

    /**
     * What a petition is received with. Published: a night visit's finding files a petition with it.
     *
     * @param visitTask the night-visit task whose finding files the petition (channel VISIT), if one does
     */
    @PublishedModel
    public record Intake(AreaCode area, Person petitioner, String matter, PetitionChannel channel, String agency,
                         Optional<PetitionId> repeatOf, Optional<UUID> visitTask) {
        public Intake {
            if (area == null || area.level() != AdminLevel.COMMUNITY) {
                throw new InvalidValueException("area", "a petition is placed in the petitioner's community (a 12-digit code)");
            }
            if (petitioner == null) {
                throw new InvalidValueException("petitioner", "the petitioner is required");
            }
            matter = Texts.required("matter", "the matter", matter, MAX_MATTER_LENGTH);
            if (channel == null) {
                throw new InvalidValueException("channel", "the channel is VISIT, LETTER, ONLINE or HOTLINE");
            }
            agency = Texts.required("agency", "the responsible agency", agency, 200);
            repeatOf = repeatOf == null ? Optional.empty() : repeatOf;
            visitTask = visitTask == null ? Optional.empty() : visitTask;
            if (visitTask.isPresent() && channel != PetitionChannel.VISIT) {
                throw new InvalidValueException("channel", "a petition filed on a night visit came by VISIT, not " + channel);
            }
        }

        /** A petition received at the counter, by letter, online or by the hotline: no night-visit task. */
        public Intake(AreaCode area, Person petitioner, String matter, PetitionChannel channel, String agency,
                      Optional<PetitionId> repeatOf) {
            this(area, petitioner, matter, channel, agency, repeatOf, Optional.empty());
        }
    }

    public Petition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        visitTask = visitTask == null ? Optional.empty() : visitTask;
    }

    public static Petition receive(PetitionId id, Intake intake, Deadline acceptanceDue, Instant now) {
        return new Petition(id, 1, intake.area(), intake.petitioner(), intake.matter(), intake.channel(), intake.agency(),
                now, acceptanceDue, PetitionState.RECEIVED, intake.repeatOf(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                0, Optional.empty(), Optional.empty(), Optional.empty(), intake.visitTask());
    }

    /** What it was received with: a petition filed again under its id must say the same. */
    public Intake intake() {
        return new Intake(area, petitioner, matter, channel, agency, repeatOf, visitTask);
    }

    /** Accepted, with the reply's deadline counted from now. */
    public Petition accept(Instant now, Deadline replyBy) {
        requireState("accepted", PetitionState.RECEIVED);
        return next(PetitionState.ACCEPTED, Optional.of(now), notAcceptedReason, Optional.of(replyBy), extensionReason,
                leader, dispute, reply, repliedAt, reopenings, outcome, petitionerResponse, clearedAt);
    }

    /** Not accepted (不予受理), with the reason the petitioner is told. */
    public Petition notAccept(Instant now, String reason) {
        String why = Texts.required("reason", "the reason for not accepting", reason, MAX_TEXT_LENGTH);
        requireState("refused acceptance", PetitionState.RECEIVED);
        return next(PetitionState.NOT_ACCEPTED, acceptedAt, Optional.of(why), replyDue, extensionReason, leader, dispute,
                reply, repliedAt, reopenings, outcome, petitionerResponse, clearedAt);
    }

    /**
     * The reply's deadline extended, once only and with a reason; {@code extendedDue} is counted by the caller from the
     * current due date.
     */
    public Petition extend(String reason, Deadline extendedDue) {
        String why = Texts.required("reason", "the reason for the extension", reason, MAX_TEXT_LENGTH);
        requireState("extended", PetitionState.ACCEPTED, PetitionState.REOPENED);
        if (extensionReason.isPresent()) {
            throw new ConflictException("extension", "petition " + id + " was extended once already (" + extensionReason.get()
                    + "); a reply deadline is extended only once");
        }
        if (!extendedDue.dueOn().isAfter(replyDue.orElseThrow().dueOn())) {
            throw new InvalidValueException("extension", "an extension moves the reply date later");
        }
        return next(state, acceptedAt, notAcceptedReason, Optional.of(extendedDue), Optional.of(why), leader, dispute,
                reply, repliedAt, reopenings, outcome, petitionerResponse, clearedAt);
    }

    /** A leader takes on the case (领导包案). */
    public Petition assignLeader(String name) {
        String who = Texts.required("leader", "the leader's name", name, 100);
        requireState("given a leader", PetitionState.RECEIVED, PetitionState.ACCEPTED, PetitionState.REPLIED, PetitionState.REOPENED);
        return next(state, acceptedAt, notAcceptedReason, replyDue, extensionReason, Optional.of(who), dispute, reply,
                repliedAt, reopenings, outcome, petitionerResponse, clearedAt);
    }

    /** The written reply (答复意见) to the petitioner. */
    public Petition answer(Instant now, String text) {
        String answer = Texts.required("reply", "the reply", text, MAX_TEXT_LENGTH);
        requireState("replied to", PetitionState.ACCEPTED, PetitionState.REOPENED);
        return next(PetitionState.REPLIED, acceptedAt, notAcceptedReason, replyDue, extensionReason, leader, dispute,
                Optional.of(answer), Optional.of(now), reopenings, outcome, petitionerResponse, clearedAt);
    }

    /** The matter comes back after a reply: in the backlog until cleared. */
    public Petition reopen() {
        requireState("reopened", PetitionState.REPLIED);
        return next(PetitionState.REOPENED, acceptedAt, notAcceptedReason, replyDue, extensionReason, leader, dispute,
                reply, repliedAt, reopenings + 1, outcome, petitionerResponse, clearedAt);
    }

    /** Cleared (化解): needs the outcome recorded and the petitioner's response. */
    public Petition clear(Instant now, String recordedOutcome, Satisfaction response) {
        String text = Texts.required("outcome", "the recorded outcome", recordedOutcome, MAX_TEXT_LENGTH);
        if (response == null) {
            throw new InvalidValueException("petitionerResponse", "clearing a petition needs the petitioner's response");
        }
        requireState("cleared", PetitionState.ACCEPTED, PetitionState.REPLIED, PetitionState.REOPENED);
        return next(PetitionState.CLEARED, acceptedAt, notAcceptedReason, replyDue, extensionReason, leader, dispute, reply,
                repliedAt, reopenings, Optional.of(text), Optional.of(response), Optional.of(now));
    }

    /** Linked to the dispute it opened or joined; once. */
    public Petition linkDispute(DisputeId disputeId) {
        if (dispute.isPresent()) {
            throw new ConflictException("disputeId", "petition " + id + " is linked to dispute " + dispute.get() + " already");
        }
        requireState("linked to a dispute", PetitionState.RECEIVED, PetitionState.ACCEPTED, PetitionState.REPLIED, PetitionState.REOPENED);
        return next(state, acceptedAt, notAcceptedReason, replyDue, extensionReason, leader, Optional.of(disputeId), reply,
                repliedAt, reopenings, outcome, petitionerResponse, clearedAt);
    }

    /** In the backlog (积案): accepted and unanswered past the reply date, or reopened. */
    public boolean inBacklog(Instant now) {
        return state == PetitionState.REOPENED
                || (state == PetitionState.ACCEPTED && replyDue.map(d -> d.hasPassed(now)).orElse(false));
    }

    /** Replied before the reply deadline passed. */
    public boolean repliedOnTime() {
        return repliedAt.isPresent() && !replyDue.orElseThrow().hasPassed(repliedAt.get());
    }

    /** Days in China from the day it was received to {@code now}'s day. */
    public long ageDays(Instant now) {
        return ChronoUnit.DAYS.between(WorkingTime.dateOf(receivedAt), WorkingTime.dateOf(now));
    }

    private void requireState(String what, PetitionState... allowed) {
        for (PetitionState s : allowed) {
            if (state == s) {
                return;
            }
        }
        throw new ConflictException("state", "petition " + id + " is " + state + " and cannot be " + what);
    }

    private Petition next(PetitionState s, Optional<Instant> accepted, Optional<String> notAccepted, Optional<Deadline> due,
                          Optional<String> extension, Optional<String> lead, Optional<DisputeId> disputeId,
                          Optional<String> answer, Optional<Instant> answered, int reopened, Optional<String> out,
                          Optional<Satisfaction> response, Optional<Instant> cleared) {
        return new Petition(id, version + 1, area, petitioner, matter, channel, agency, receivedAt, acceptanceDue, s,
                repeatOf, accepted, notAccepted, due, extension, lead, disputeId, answer, answered, reopened, out,
                response, cleared, visitTask);
    }
}
