package org.shizhi.domain.assessment.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.spi.AssessmentPeriod;

/** A notice as a list shows it: what it was drafted from, its state, how many units it commends and criticises. */
public record NoticeSummary(UUID id, String scheme, AreaCode within, AssessmentPeriod period, int resultVersion, Instant draftedAt,
                            String draftedBy, Optional<Instant> publishedAt, Optional<String> publishedBy, int commended,
                            int criticised) {

    /** A notice is drafted, then published once. */
    public enum State { DRAFT, PUBLISHED }

    public NoticeSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(draftedAt, "draftedAt");
        publishedAt = publishedAt == null ? Optional.empty() : publishedAt;
        publishedBy = publishedBy == null ? Optional.empty() : publishedBy;
    }

    public static NoticeSummary of(Notice n) {
        return new NoticeSummary(n.id(), n.scheme(), n.within(), n.period(), n.resultVersion(), n.draftedAt(), n.draftedBy(),
                n.publishedAt(), n.publishedBy(), n.of(Notice.Kind.COMMEND).size(), n.of(Notice.Kind.CRITICISE).size());
    }

    public State state() {
        return publishedAt.isPresent() ? State.PUBLISHED : State.DRAFT;
    }

    /** Which notices a list holds: of a scheme, of a period, in a state; each absent means any. */
    /**
     * @param commends only notices that commend this unit (its key: a grid worker's, a department's, an area's code), so
     *                 that a worker's commendations are listed with the results they rest on
     */
    public record Filter(Optional<String> scheme, Optional<AssessmentPeriod> period, Optional<State> state, Optional<String> commends) {

        public static final Filter ALL = new Filter(Optional.empty(), Optional.empty(), Optional.empty());

        public Filter(Optional<String> scheme, Optional<AssessmentPeriod> period, Optional<State> state) {
            this(scheme, period, state, Optional.empty());
        }

        public Filter {
            scheme = scheme == null ? Optional.empty() : scheme;
            period = period == null ? Optional.empty() : period;
            state = state == null ? Optional.empty() : state;
            commends = commends == null ? Optional.empty() : commends;
        }

        /** Whether the notice commends the unit the filter names, if it names one. */
        public boolean commendsUnit(Notice notice) {
            return commends.map(key -> notice.of(Notice.Kind.COMMEND).stream().anyMatch(e -> e.unit().unit().key().equals(key)))
                    .orElse(true);
        }

        public boolean matches(NoticeSummary n) {
            return scheme.map(s -> s.equals(n.scheme())).orElse(true) && period.map(p -> p.equals(n.period())).orElse(true)
                    && state.map(s -> s == n.state()).orElse(true);
        }
    }
}
