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

    /**
     * Which notices a list holds: of a scheme, of a period, in a state; each absent means any.
     *
     * @param commends   only notices that commend this unit (its key: a grid worker's, a department's, an area's code), so
     *                   that a worker's commendations are listed with the results they rest on
     * @param criticises only notices that criticise this unit, likewise
     */
    public record Filter(Optional<String> scheme, Optional<AssessmentPeriod> period, Optional<State> state, Optional<String> commends,
                         Optional<String> criticises) {

        public static final Filter ALL = new Filter(Optional.empty(), Optional.empty(), Optional.empty());

        public Filter(Optional<String> scheme, Optional<AssessmentPeriod> period, Optional<State> state) {
            this(scheme, period, state, Optional.empty(), Optional.empty());
        }

        public Filter(Optional<String> scheme, Optional<AssessmentPeriod> period, Optional<State> state, Optional<String> commends) {
            this(scheme, period, state, commends, Optional.empty());
        }

        public Filter {
            scheme = scheme == null ? Optional.empty() : scheme;
            period = period == null ? Optional.empty() : period;
            state = state == null ? Optional.empty() : state;
            commends = commends == null ? Optional.empty() : commends;
            criticises = criticises == null ? Optional.empty() : criticises;
        }

        /** Whether the notice commends and criticises the units the filter names, where it names them. */
        public boolean commendsUnit(Notice notice) {
            return names(notice, Notice.Kind.COMMEND, commends) && names(notice, Notice.Kind.CRITICISE, criticises);
        }

        private static boolean names(Notice notice, Notice.Kind kind, Optional<String> unit) {
            return unit.map(key -> notice.of(kind).stream().anyMatch(e -> e.unit().unit().key().equals(key))).orElse(true);
        }

        /** Whether the filter keeps only notices naming {@code unit}, commended or criticised, and no one else. */
        public boolean namesOnly(String unit) {
            return (commends.isPresent() || criticises.isPresent()) && commends.map(unit::equals).orElse(true)
                    && criticises.map(unit::equals).orElse(true);
        }

        /** The same filter, published notices only. */
        public Filter published() {
            return new Filter(scheme, period, Optional.of(State.PUBLISHED), commends, criticises);
        }

        public boolean matches(NoticeSummary n) {
            return scheme.map(s -> s.equals(n.scheme())).orElse(true) && period.map(p -> p.equals(n.period())).orElse(true)
                    && state.map(s -> s == n.state()).orElse(true);
        }
    }
}
