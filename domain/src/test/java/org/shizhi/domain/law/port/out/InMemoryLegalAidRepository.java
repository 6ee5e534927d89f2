package org.shizhi.domain.law.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.shizhi.domain.law.model.LegalAidApplication;
import org.shizhi.domain.law.model.LegalAidCentre;
import org.shizhi.domain.law.model.LegalAidId;
import org.shizhi.domain.law.model.LegalAidReport;
import org.shizhi.domain.law.model.LegalAidState;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InMemoryPages;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.StaleVersionException;
import org.shizhi.domain.shared.WorkingTime;

/** Legal aid in memory, every method synchronized: one lock stands for the database's transaction. */
public final class InMemoryLegalAidRepository implements LegalAidRepository {

    private final Map<LegalAidId, LegalAidApplication> applications = new LinkedHashMap<>();
    private final Map<String, LegalAidCentre> centres = new TreeMap<>();

    @Override
    public synchronized void save(LegalAidApplication a) {
        LegalAidApplication stored = applications.get(a.id());
        if (a.version() == 1 ? stored != null : stored == null || stored.version() != a.version() - 1) {
            throw new StaleVersionException("legal-aid application " + a.id() + " is at version "
                    + (stored == null ? "(none)" : stored.version()) + ", not " + (a.version() - 1));
        }
        applications.put(a.id(), a);
    }

    @Override
    public synchronized Optional<LegalAidApplication> find(LegalAidId id) {
        return Optional.ofNullable(applications.get(id));
    }

    @Override
    public synchronized Slice<LegalAidApplication> within(AreaCode area, Optional<LegalAidState> state, PageRequest page) {
        Comparator<Position> latestFirst = Comparator.comparing(Position::dateKey).reversed()
                .thenComparing(p -> p.uuidId().toString());
        return InMemoryPages.page(applications.values().stream().filter(a -> area.contains(a.area()))
                .filter(a -> state.isEmpty() || a.state() == state.get()), page, LegalAidRepository::receivedPosition, latestFirst);
    }

    @Override
    public synchronized Slice<LegalAidApplication> overdue(AreaCode area, Instant now, PageRequest page) {
        return InMemoryPages.page(applications.values().stream().filter(a -> area.contains(a.area()))
                .filter(a -> a.isOverdue(now)), page, LegalAidRepository::duePosition, InMemoryPages.byInstant(false));
    }

    @Override
    public synchronized int caseload(String lawyerId) {
        return (int) applications.values().stream()
                .filter(a -> a.state() == LegalAidState.ASSIGNED && a.lawyer().equals(Optional.of(lawyerId))).count();
    }

    @Override
    public synchronized void saveCentre(LegalAidCentre centre) {
        centres.put(centre.code(), centre);
    }

    @Override
    public synchronized Optional<LegalAidCentre> centre(String code) {
        return Optional.ofNullable(centres.get(code));
    }

    @Override
    public synchronized List<LegalAidCentre> centresFor(AreaCode area) {
        return centres.values().stream().filter(c -> c.area().contains(area) || area.contains(c.area())).toList();
    }

    @Override
    public synchronized LegalAidReport report(AreaCode area, LocalDate from, LocalDate to) {
        TreeMap<AreaCode, List<LegalAidApplication>> received = new TreeMap<>();
        TreeMap<AreaCode, int[]> demand = new TreeMap<>();
        for (LegalAidApplication a : applications.values()) {
            if (!area.contains(a.area())) {
                continue;
            }
            AreaCode district = district(a.area());
            if (!a.receivedOn().isBefore(from) && !a.receivedOn().isAfter(to)) {
                received.computeIfAbsent(district, k -> new ArrayList<>()).add(a);
            }
            if (a.state() == LegalAidState.GRANTED || a.state() == LegalAidState.ASSIGNED) {
                demand.computeIfAbsent(district, k -> new int[2])[0]++;
            }
        }
        for (LegalAidCentre c : centres.values()) {
            if (area.contains(c.area())) {
                demand.computeIfAbsent(district(c.area()), k -> new int[2])[1] += c.capacity();
            }
        }
        TreeMap<AreaCode, LegalAidReport.Row> rows = new TreeMap<>();
        for (AreaCode d : union(received, demand)) {
            List<LegalAidApplication> in = received.getOrDefault(d, List.of());
            List<LegalAidApplication> decided = in.stream().filter(a -> a.decidedAt().isPresent()).toList();
            List<Long> days = decided.stream().map(a -> ChronoUnit.DAYS.between(a.receivedOn(),
                    WorkingTime.dateOf(a.decidedAt().get()))).sorted().toList();
            Optional<Double> median = days.isEmpty() ? Optional.empty() : Optional.of(days.size() % 2 == 1
                    ? days.get(days.size() / 2) : (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2.0);
            int[] dc = demand.getOrDefault(d, new int[2]);
            rows.put(d, new LegalAidReport.Row(d, in.size(), decided.size(),
                    (int) decided.stream().filter(LegalAidApplication::decidedOnTime).count(), median, dc[0], dc[1]));
        }
        return new LegalAidReport(area, from, to, List.copyOf(rows.values()));
    }

    @Override
    public synchronized DecisionCount decisions(AreaCode area, LocalDate from, LocalDate to) {
        List<LegalAidApplication> decided = applications.values().stream().filter(a -> area.contains(a.area()))
                .filter(a -> !a.receivedOn().isBefore(from) && !a.receivedOn().isAfter(to))
                .filter(a -> a.decidedAt().isPresent()).toList();
        return new DecisionCount(decided.size(), (int) decided.stream().filter(LegalAidApplication::decidedOnTime).count());
    }

    /** Each area of the level holding an application received in the days, counted as {@link #decisions} counts one area. */
    @Override
    public synchronized Map<AreaCode, DecisionCount> decisionsByArea(AreaCode within, AdminLevel level, LocalDate from, LocalDate to) {
        Map<AreaCode, DecisionCount> out = new TreeMap<>();
        applications.values().stream().filter(a -> within.contains(a.area()))
                .filter(a -> !a.receivedOn().isBefore(from) && !a.receivedOn().isAfter(to))
                .map(a -> unitOf(a.area(), level)).flatMap(Optional::stream).distinct()
                .forEach(unit -> out.put(unit, decisions(unit, from, to)));
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

    private static java.util.SortedSet<AreaCode> union(Map<AreaCode, ?> a, Map<AreaCode, ?> b) {
        java.util.TreeSet<AreaCode> all = new java.util.TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }

    static AreaCode district(AreaCode area) {
        return AreaCode.of(area.value().substring(0, 6) + "000000");
    }
}
