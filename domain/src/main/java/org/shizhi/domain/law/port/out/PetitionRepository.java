package org.shizhi.domain.law.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shizhi.domain.law.model.Petition;
import org.shizhi.domain.law.model.PetitionFigures;
import org.shizhi.domain.law.model.PetitionId;
import org.shizhi.domain.law.model.PetitionState;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;

/** Where petitions are kept. Contract: {@code PetitionRepositoryContract}. */
public interface PetitionRepository {

    /**
     * Inserts a new petition (version 1) or replaces the stored one if its version is {@code version - 1}.
     *
     * @throws org.shizhi.domain.shared.StaleVersionException otherwise; nothing is written then
     */
    void save(Petition petition);

    Optional<Petition> find(PetitionId id);

    /** Petitions inside the area, in the state if given, newest first (ids ascending on ties). */
    Slice<Petition> within(AreaCode area, Optional<PetitionState> state, PageRequest page);

    static Position receivedPosition(Petition p) {
        return Position.of(p.receivedAt(), p.id().value());
    }

    /**
     * The backlog inside the area at {@code now} (see {@link Petition#inBacklog}), oldest first (ids ascending on
     * ties): the page after {@link #receivedPosition}.
     */
    Slice<Petition> backlog(AreaCode area, Instant now, PageRequest page);

    /** The repeat petitions that name this one as the earlier one, oldest first. */
    List<Petition> repeatsOf(PetitionId id);

    /** The figures, computed by the store. */
    PetitionFigures figures(AreaCode area, LocalDate from, LocalDate to, Instant now);

    /**
     * {@link #figures} for every area of {@code level} inside {@code within} at once, by area (each figure's area being the
     * one of the level): computed by the store, grouped by area. Areas without a petition received in the period or in the
     * backlog are left out.
     */
    Map<AreaCode, PetitionFigures> figuresByArea(AreaCode within, AdminLevel level, LocalDate from, LocalDate to, Instant now);
}
