package org.shizhi.domain.law.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.shizhi.domain.law.model.AgencyFigures;
import org.shizhi.domain.law.model.ComplaintId;
import org.shizhi.domain.law.model.ReviewOutcome;
import org.shizhi.domain.law.model.SupervisionComplaint;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InMemoryPages;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.StaleVersionException;
import org.shizhi.domain.shared.WorkingTime;

/** Supervision complaints in memory, every method synchronized. */
public final class InMemorySupervisionRepository implements SupervisionRepository {

    private final Map<ComplaintId, SupervisionComplaint> complaints = new LinkedHashMap<>();

    @Override
    public synchronized void save(SupervisionComplaint c) {
        SupervisionComplaint stored = complaints.get(c.id());
        if (c.version() == 1 ? stored != null : stored == null || stored.version() != c.version() - 1) {
            throw new StaleVersionException("complaint " + c.id() + " is at version "
                    + (stored == null ? "(none)" : stored.version()) + ", not " + (c.version() - 1));
        }
        complaints.put(c.id(), c);
    }

    @Override
    public synchronized Optional<SupervisionComplaint> find(ComplaintId id) {
        return Optional.ofNullable(complaints.get(id));
    }

    @Override
    public synchronized Slice<SupervisionComplaint> overdue(AreaCode area, Instant now, PageRequest page) {
        return InMemoryPages.page(complaints.values().stream().filter(c -> area.contains(c.area())).filter(c -> c.isOverdue(now)),
                page, SupervisionRepository::duePosition, InMemoryPages.byInstant(false));
    }

    @Override
    public synchronized List<AgencyFigures> byAgency(AreaCode area, LocalDate from, LocalDate to, Instant now) {
        TreeMap<String, int[]> by = new TreeMap<>();
        for (SupervisionComplaint c : complaints.values()) {
            LocalDate filed = WorkingTime.dateOf(c.filedAt());
            if (!area.contains(c.area()) || filed.isBefore(from) || filed.isAfter(to)) {
                continue;
            }
            int[] f = by.computeIfAbsent(c.agency(), k -> new int[7]);
            f[0]++;
            if (c.outcome().isPresent()) {
                f[1]++;
            }
            if (c.reviewedOnTime()) {
                f[2]++;
            }
            if (c.isOverdue(now)) {
                f[3]++;
            }
            c.outcome().ifPresent(o -> f[o == ReviewOutcome.UPHELD ? 4 : o == ReviewOutcome.CORRECTED ? 5 : 6]++);
        }
        return by.entrySet().stream().map(e -> { int[] f = e.getValue();
            return new AgencyFigures(e.getKey(), f[0], f[1], f[2], f[3], f[4], f[5], f[6]); }).toList();
    }
}
