package org.shizhi.domain.law.port.out;

import java.time.LocalDate;
import java.util.Optional;
import org.shizhi.domain.law.model.Regulation;
import org.shizhi.domain.law.model.RegulationHit;
import org.shizhi.domain.law.model.RegulationId;
import org.shizhi.domain.law.model.RegulationQuery;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;

/** Where a city's local regulations are kept. */
public interface RegulationRepository {

    /**
     * As the other stores: insert at version 1, else replace version - 1, else StaleVersionException; a document
     * number already used in the city is a conflict as well.
     */
    void save(Regulation regulation);

    Optional<Regulation> find(RegulationId id);

    /** The city's regulations, by effective date then id; in force on {@code on} only, if given. */
    Slice<Regulation> ofCity(AreaCode city, Optional<LocalDate> inForceOn, PageRequest page);

    /**
     * The city's regulations whose title or text holds every term of the query, most relevant first (see
     * {@link RegulationHit}), then the latest effective first, then id. A term matches where its characters stand
     * together in this order; how the text is analysed (the archive's Chinese bigrams in the database) is the store's,
     * the hits on Chinese words and their scores are the same.
     *
     * @throws org.shizhi.domain.shared.InvalidValueException ({@code q}) when no term has a character the analysis keeps
     */
    Slice<RegulationHit> matching(AreaCode city, RegulationQuery query, PageRequest page);

    /** A hit's place in its list: {@code <score>/<effective date>}, then the regulation's id. */
    static Position relevancePosition(RegulationHit h) {
        return new Position(h.score() + "/" + h.regulation().effectiveOn(), h.regulation().id().toString());
    }

    /** The score and effective date a relevance position names; a cursor the list never wrote is an invalid cursor. */
    static Rank rank(Position p) {
        int slash = p.key().indexOf('/');
        try {
            if (slash < 0) {
                throw new IllegalArgumentException("no date");
            }
            p.uuidId();
            return new Rank(Integer.parseInt(p.key().substring(0, slash)), LocalDate.parse(p.key().substring(slash + 1)));
        } catch (RuntimeException e) {
            throw new InvalidValueException("cursor", "cursor is not one the platform gave out; start again without it");
        }
    }

    /** Where a hit stands in the relevance order: by score descending, then effective date descending. */
    record Rank(int score, LocalDate effectiveOn) {
    }

    static Position effectivePosition(Regulation r) {
        return new Position(r.effectiveOn().toString(), r.id().toString());
    }
}
