package org.shizhi.domain.consultation.port.in;

import org.shizhi.domain.consultation.model.Topic;
import org.shizhi.domain.consultation.model.TopicId;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.shared.Texts;

/**
 * Topics of council meetings, from raising to closing with feedback. Permissions: {@link Permission#HOLD_COUNCIL_MEETINGS}
 * for every step but the decision, {@link Permission#DECIDE_COUNCIL_TOPICS} for it; the topic's area in the caller's
 * jurisdiction.
 */
public interface TopicUseCase {

    TopicView raise(Actor actor, Topic.Raise command);

    TopicView hear(Actor actor, Hear command);

    TopicView propose(Actor actor, Propose command);

    /** Counts the ballots on a proposal against the members serving on the meeting's day, under the council's quorum rule. */
    TopicView vote(Actor actor, CastVote command);

    /** Records the decision from a passed proposal; a major topic's latest stability-risk assessment must allow it. */
    TopicView decide(Actor actor, Decide command);

    TopicView publishFeedback(Actor actor, PublishFeedback command);

    /** Closes the topic: refused until feedback to residents is published. */
    TopicView close(Actor actor, Target command);

    record Target(TopicId topic, long expectedVersion) {
        public Target {
            Checks.target("topicId", topic, expectedVersion);
        }
    }

    record Hear(TopicId topic, long expectedVersion, String speaker, String capacity, String content) {
        public Hear {
            Checks.target("topicId", topic, expectedVersion);
            speaker = Texts.required("speaker", "who spoke", speaker, 100);
            capacity = Texts.required("capacity", "the capacity the speaker spoke in", capacity, 100);
            content = Texts.required("content", "what was said", content, 4_000);
        }
    }

    record Propose(TopicId topic, long expectedVersion, String text) {
        public Propose {
            Checks.target("topicId", topic, expectedVersion);
            text = Texts.required("text", "the proposal", text, 4_000);
        }
    }

    record CastVote(TopicId topic, long expectedVersion, int proposal, int present, int inFavour, int against, int abstaining) {
        public CastVote {
            Checks.target("topicId", topic, expectedVersion);
            if (proposal < 1) {
                throw new InvalidValueException("proposal", "proposals are numbered from 1, got " + proposal);
            }
            if (present < 0) {
                throw new InvalidValueException("present", "present is counted from 0, got " + present);
            }
            if (inFavour < 0 || against < 0 || abstaining < 0) {
                throw new InvalidValueException(inFavour < 0 ? "inFavour" : against < 0 ? "against" : "abstaining",
                        "ballots are counted from 0");
            }
            if ((long) inFavour + against + abstaining > present) {
                throw new InvalidValueException("inFavour", "in favour, against and abstaining exceed the " + present + " present");
            }
        }
    }

    record Decide(TopicId topic, long expectedVersion, int proposal, String text) {
        public Decide {
            Checks.target("topicId", topic, expectedVersion);
            if (proposal < 1) {
                throw new InvalidValueException("proposal", "proposals are numbered from 1, got " + proposal);
            }
            text = Texts.required("text", "the decision", text, 4_000);
        }
    }

    record PublishFeedback(TopicId topic, long expectedVersion, String text, String channel) {
        public PublishFeedback {
            Checks.target("topicId", topic, expectedVersion);
            text = Texts.required("text", "the feedback to residents", text, 4_000);
            channel = Texts.required("channel", "where the feedback was published", channel, 200);
        }
    }
}
