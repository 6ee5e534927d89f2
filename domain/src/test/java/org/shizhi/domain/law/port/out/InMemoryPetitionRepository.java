package org.shizhi.domain.law.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.shizhi.domain.law.model.Petition;
import org.shizhi.domain.law.model.PetitionFigures;
import org.shizhi.domain.law.model.PetitionId;
import org.shizhi.domain.law.model.PetitionState;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InMemoryPages;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.StaleVersionException;
import org.shizhi.domain.shared.WorkingTime;

/** Petitions in memory, every method synchronized. */
public final class InMemoryPetitionRepository implements PetitionRepository {

    private final Map<PetitionId, Petition> petitions = new LinkedHashMap<>();

    @Override
    public synchronized void save(Petition p) {
        Petition stored = petitions.get(p.id());
        if (p.version() == 1 ? stored != null : stored == null || stored.version() != p.version() - 1) {
            throw new StaleVersionException("petition " + p.id() + " is at version "
                    + (stored == null ? "(none)" : stored.version()) + ", not " + (p.version() - 1));
        }
        petitions.put(p.id(), p);
    }

    @Override
    public synchronized Optional<Petition> find(PetitionId id) {
        return Optional.ofNullable(petitions.get(id));
    }

    @Override
    public synchronized Slice<Petition> within(AreaCode area, Optional<PetitionState> state, PageRequest page) {
        return InMemoryPages.page(petitions.values().stream().filter(p -> area.contains(p.area()))
                .filter(p -> state.isEmpty() || p.state() == state.get()), page, PetitionRepository::receivedPosition,
                InMemoryPages.byInstant(true));
    }

    @Override
    public synchronized Slice<Petition> backlog(AreaCode area, Instant now, PageRequest page) {
        return InMemoryPages.page(petitions.values().stream().filter(p -> area.contains(p.area())).filter(p -> p.inBacklog(now)),
                page, PetitionRepository::receivedPosition, InMemoryPages.byInstant(false));
    }

    @Override
    public synchronized List<Petition> repeatsOf(PetitionId id) {
        return petitions.values().stream().filter(p -> p.repeatOf().equals(Optional.of(id)))
                .sorted(Comparator.comparing(Petition::receivedAt)).toList();
    }

    @Override
    public synchronized PetitionFigures figures(AreaCode area, LocalDate from, LocalDate to, Instant now) {
        List<Petition> in = petitions.values().stream().filter(p -> area.contains(p.area()))
                .filter(p -> !WorkingTime.dateOf(p.receivedAt()).isBefore(from) && !WorkingTime.dateOf(p.receivedAt()).isAfter(to))
                .toList();
        List<Petition> backlog = petitions.values().stream().filter(p -> area.contains(p.area())).filter(p -> p.inBacklog(now)).toList();
        return new PetitionFigures(area, from, to, in.size(), (int) in.stream().filter(p -> p.acceptedAt().isPresent()).count(),
                (int) in.stream().filter(p -> p.repliedAt().isPresent()).count(),
                (int) in.stream().filter(Petition::repliedOnTime).count(),
                (int) in.stream().filter(p -> p.repliedAt().isEmpty() && p.state() != PetitionState.CLEARED
                        && p.replyDue().map(d -> d.hasPassed(now)).orElse(false)).count(),
                backlog.size(), backlog.stream().map(p -> (int) p.ageDays(now)).max(Integer::compare));
    }

    /** Each area of the level holding a petition inside {@code within}, counted as {@link #figures} counts one area. */
    @Override
    public synchronized Map<AreaCode, PetitionFigures> figuresByArea(AreaCode within, AdminLevel level, LocalDate from, LocalDate to,
                                                                     Instant now) {
        Map<AreaCode, PetitionFigures> out = new TreeMap<>();
        petitions.values().stream().filter(p -> within.contains(p.area())).map(p -> unitOf(p.area(), level)).flatMap(Optional::stream)
                .distinct().forEach(unit -> {
                    PetitionFigures f = figures(unit, from, to, now);
                    if (f.received() > 0 || f.backlog() > 0) {
                        out.put(unit, f);
                    }
                });
        return out;
    }

    /** The area of {@code level} holding {@code area}, none if {@code area} lies above that level. */
    private static Optional<AreaCode> unitOf(AreaCode area, AdminLevel level) {
        if (area.level() != level && !level.isAbove(area.level())) {
            return Optional.empty();
        }
        String digits = area.toString().substring(0, level.significantDigits());
        return Optional.of(AreaCode.of(digits + "0".repeat(12 - digits.length())));
    }
}
