package org.shizhi.domain.consultation.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;
import org.shizhi.domain.shared.WorkingTime;

/**
 * A topic (议题) raised at a council's meeting: the opinions heard, the proposals put to a vote, the decision, and the
 * feedback published to residents. A topic closes only once its feedback is published; a major topic (one that
 * touches many residents' interests) is decided only after a stability-risk assessment allows it.
 */
public record Topic(TopicId id, long version, CouncilId council, MeetingId meeting, AreaCode area, String title,
                    String description, boolean major, Instant raisedAt, List<Opinion> opinions, List<Proposal> proposals,
                    Optional<Decision> decision, Optional<Feedback> feedback, Optional<Instant> closedAt) {

    public static final int MAX_OPINIONS = 500;
    public static final int MAX_PROPOSALS = 20;

    /** What a topic is raised with. */
    public record Raise(MeetingId meeting, String title, String description, boolean major) {
        public Raise {
            if (meeting == null) {
                throw new InvalidValueException("meetingId", "the meeting the topic is raised at is required");
            }
            title = Texts.required("title", "the topic's title", title, 200);
            description = Texts.required("description", "what the topic is about", description, 4_000);
        }
    }

    public Topic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(meeting, "meeting");
        opinions = List.copyOf(opinions);
        proposals = List.copyOf(proposals);
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(closedAt, "closedAt");
    }

    public static Topic raise(TopicId id, Meeting at, Raise raise, Instant now) {
        return new Topic(id, 1, at.council(), at.id(), at.area(), raise.title(), raise.description(), raise.major(), now,
                List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean isClosed() {
        return closedAt.isPresent();
    }

    /** Calendar days in China since it was raised (to its closing, if closed). */
    public long ageDays(Instant now) {
        return ChronoUnit.DAYS.between(WorkingTime.dateOf(raisedAt), WorkingTime.dateOf(closedAt.orElse(now)));
    }

    public Topic hear(String speaker, String capacity, String content, Instant now) {
        requireOpen("heard");
        if (opinions.size() >= MAX_OPINIONS) {
            throw new ConflictException("opinions", "a topic holds at most " + MAX_OPINIONS + " opinions");
        }
        List<Opinion> all = new ArrayList<>(opinions);
        all.add(new Opinion(opinions.size() + 1, speaker, capacity, content, now));
        return new Topic(id, version + 1, council, meeting, area, title, description, major, raisedAt, all, proposals,
                decision, feedback, closedAt);
    }

    public Topic propose(String text) {
        requireOpen("given a proposal");
        if (decision.isPresent()) {
            throw new ConflictException("decision", "topic " + id + " is decided already; a new proposal needs a new topic");
        }
        if (proposals.size() >= MAX_PROPOSALS) {
            throw new ConflictException("proposals", "a topic holds at most " + MAX_PROPOSALS + " proposals");
        }
        List<Proposal> all = new ArrayList<>(proposals);
        all.add(new Proposal(proposals.size() + 1, text, Optional.empty()));
        return withProposals(all);
    }

    /** Records the vote on a proposal, once. */
    public Topic vote(int proposalSeq, Vote vote) {
        requireOpen("voted on");
        Proposal p = proposal(proposalSeq);
        if (p.vote().isPresent()) {
            throw new ConflictException("proposal", "proposal " + proposalSeq + " was voted on already (" + p.vote().get().result() + ")");
        }
        List<Proposal> all = new ArrayList<>(proposals);
        all.set(proposalSeq - 1, new Proposal(p.seq(), p.text(), Optional.of(Objects.requireNonNull(vote, "vote"))));
        return withProposals(all);
    }

    /**
     * Records the decision from a proposal that passed. A major topic needs its stability-risk assessment, and the
     * assessment must allow the decision ({@link StabilityRiskAssessment#requireAllowsDecision()}).
     */
    public Topic decide(int proposalSeq, String text, Optional<StabilityRiskAssessment> assessment, Instant now) {
        requireOpen("decided");
        if (decision.isPresent()) {
            throw new ConflictException("decision", "topic " + id + " is decided already");
        }
        Proposal p = proposal(proposalSeq);
        if (!p.passed()) {
            throw new ConflictException("proposal", "proposal " + proposalSeq + " has "
                    + p.vote().map(v -> "the result " + v.result()).orElse("not been voted on") + "; only a passed proposal is decided");
        }
        Optional<AssessmentId> gate = Optional.empty();
        if (major) {
            StabilityRiskAssessment a = assessment.orElseThrow(() -> new ConflictException("assessment",
                    "topic " + id + " is a major decision: it is taken only after a stability-risk assessment (重大决策社会稳定风险评估)"));
            if (!a.topic().equals(id)) {
                throw new InvalidValueException("assessmentId", "assessment " + a.id() + " assesses another topic");
            }
            a.requireAllowsDecision();
            gate = Optional.of(a.id());
        }
        return new Topic(id, version + 1, council, meeting, area, title, description, major, raisedAt, opinions, proposals,
                Optional.of(new Decision(proposalSeq, text, gate, now)), feedback, closedAt);
    }

    /** Publishes the feedback to residents; published again, it replaces the earlier text. */
    public Topic publishFeedback(String text, String channel, Instant now) {
        requireOpen("given feedback");
        return new Topic(id, version + 1, council, meeting, area, title, description, major, raisedAt, opinions, proposals,
                decision, Optional.of(new Feedback(text, channel, now)), closedAt);
    }

    /** Closes the topic: only once feedback to residents is published. */
    public Topic close(Instant now) {
        requireOpen("closed");
        if (feedback.isEmpty()) {
            throw new ConflictException("feedback", "topic " + id + " closes only once feedback to residents is published");
        }
        return new Topic(id, version + 1, council, meeting, area, title, description, major, raisedAt, opinions, proposals,
                decision, feedback, Optional.of(now));
    }

    private Proposal proposal(int seq) {
        if (seq < 1 || seq > proposals.size()) {
            throw new InvalidValueException("proposal", "topic " + id + " has proposals 1 to " + proposals.size() + ", not " + seq);
        }
        return proposals.get(seq - 1);
    }

    private Topic withProposals(List<Proposal> all) {
        return new Topic(id, version + 1, council, meeting, area, title, description, major, raisedAt, opinions, all,
                decision, feedback, closedAt);
    }

    private void requireOpen(String what) {
        if (closedAt.isPresent()) {
            throw new ConflictException("state", "topic " + id + " is closed and cannot be " + what);
        }
    }
}
