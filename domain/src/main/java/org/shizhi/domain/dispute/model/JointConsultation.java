package org.shizhi.domain.dispute.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.shizhi.domain.shared.Texts;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * 三长会商 (3+N): the bodies convened, each one's opinion, and the joint conclusion that ends it.
 */
public record JointConsultation(Instant convenedAt, Set<ConsultationBody> bodies, List<Opinion> opinions,
                                Optional<String> conclusion, Optional<Instant> concludedAt) {

    public static final int MAX_TEXT = 4_000;

    /** One body's opinion. */
    public record Opinion(ConsultationBody body, String text, Instant at, String by) {
        public Opinion {
            if (body == null) {
                throw new InvalidValueException("body", "an opinion names the body that gave it");
            }
            text = Texts.required("opinion", "the opinion", text, MAX_TEXT);
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
        }
    }

    public JointConsultation {
        Objects.requireNonNull(convenedAt, "convenedAt");
        if (bodies == null || !bodies.containsAll(ConsultationBody.CORE)) {
            throw new InvalidValueException("bodies", "a joint consultation convenes the court, the police station and the judicial office");
        }
        bodies = Set.copyOf(EnumSet.copyOf(bodies));
        opinions = List.copyOf(opinions);
        Objects.requireNonNull(conclusion, "conclusion");
        Objects.requireNonNull(concludedAt, "concludedAt");
        if (conclusion.isPresent() != concludedAt.isPresent()) {
            throw new InvalidValueException("conclusion", "a concluded consultation has its conclusion and the time of it");
        }
    }

    public static JointConsultation convene(Instant at, Set<ConsultationBody> chosen, ConsultationRequirement rule) {
        EnumSet<ConsultationBody> bodies = EnumSet.copyOf(ConsultationBody.CORE);
        bodies.addAll(rule.alwaysInvited());
        if (chosen != null) {
            bodies.addAll(chosen);
        }
        return new JointConsultation(at, bodies, List.of(), Optional.empty(), Optional.empty());
    }

    public boolean isConcluded() {
        return conclusion.isPresent();
    }

    public Set<ConsultationBody> awaitingOpinion() {
        Set<ConsultationBody> given = opinions.stream().map(Opinion::body).collect(Collectors.toSet());
        EnumSet<ConsultationBody> missing = EnumSet.copyOf(bodies);
        missing.removeAll(given);
        return missing;
    }

    JointConsultation withOpinion(Opinion opinion) {
        if (isConcluded()) {
            throw new ConflictException("consultation", "the consultation is concluded; no further opinions");
        }
        if (!bodies.contains(opinion.body())) {
            throw new ConflictException("body", opinion.body() + " was not convened; convened: " + bodies);
        }
        if (!awaitingOpinion().contains(opinion.body())) {
            throw new ConflictException("body", opinion.body() + " has given its opinion already");
        }
        List<Opinion> next = new ArrayList<>(opinions);
        next.add(opinion);
        return new JointConsultation(convenedAt, bodies, next, conclusion, concludedAt);
    }

    JointConsultation concluded(String text, Instant at) {
        if (isConcluded()) {
            throw new ConflictException("consultation", "the consultation is concluded already");
        }
        Set<ConsultationBody> missing = awaitingOpinion();
        if (!missing.isEmpty()) {
            throw new ConflictException("consultation", "every convened body gives its opinion before the joint conclusion; still missing: " + missing);
        }
        return new JointConsultation(convenedAt, bodies, opinions,
                Optional.of(Texts.required("conclusion", "the joint conclusion", text, MAX_TEXT)), Optional.of(at));
    }
}
