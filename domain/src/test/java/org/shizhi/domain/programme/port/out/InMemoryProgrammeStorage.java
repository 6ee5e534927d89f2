package org.shizhi.domain.programme.port.out;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.shizhi.domain.grid.model.DigestWeek;
import org.shizhi.domain.shared.InMemoryPages;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.grid.model.WeeklyDigest;
import org.shizhi.domain.programme.model.ProgrammeRun;
import org.shizhi.domain.programme.model.RunStatus;
import org.shizhi.domain.programme.model.VisitFinding;
import org.shizhi.domain.programme.model.VisitTask;
import org.shizhi.domain.programme.model.VisitTaskId;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.NotFoundException;

/** Programme runs, visit tasks and digest records in memory, every method synchronized: one lock stands for a transaction. */
public final class InMemoryProgrammeStorage implements ProgrammeRuns, VisitTaskRepository {

    private record RunKey(String programme, AreaCode city, Instant dueAt) {
    }

    private final Map<RunKey, ProgrammeRun> runs = new LinkedHashMap<>();
    private final Map<VisitTaskId, VisitTask> tasks = new LinkedHashMap<>();
    private final Digests digests = new Digests();

    public ProgrammeStorageContract.Storage storage() {
        return new ProgrammeStorageContract.Storage(this, this, digests);
    }

    @Override
    public synchronized OptionalInt claim(String programme, AreaCode city, Instant dueAt, Instant now, Duration lease) {
        RunKey key = new RunKey(ProgrammeRun.requireId(programme), city.cityCode(), dueAt);
        ProgrammeRun run = runs.get(key);
        if (run == null) {
            runs.put(key, new ProgrammeRun(programme, city.cityCode(), dueAt, now, RunStatus.RUNNING, Optional.empty(), ""));
            return OptionalInt.of(1);
        }
        if (run.status() != RunStatus.RUNNING || run.startedAt().isAfter(now.minus(lease))) {
            return OptionalInt.empty();
        }
        int attempt = run.attempt() + 1;
        runs.put(key, new ProgrammeRun(programme, run.city(), dueAt, now, RunStatus.RUNNING, Optional.empty(),
                ProgrammeRun.takeoverNote(run.startedAt(), lease), attempt, Optional.of(now)));
        return OptionalInt.of(attempt);
    }

    @Override
    public synchronized boolean finish(String programme, AreaCode city, Instant dueAt, int attempt, RunStatus status, Instant at,
                                       String summary) {
        if (status == RunStatus.RUNNING) {
            throw new IllegalArgumentException("a run finishes SUCCEEDED or FAILED");
        }
        RunKey key = new RunKey(programme, city.cityCode(), dueAt);
        ProgrammeRun run = runs.get(key);
        if (run == null) {
            throw new NotFoundException("programme run", programme + " " + city + " " + dueAt);
        }
        if (run.attempt() != attempt || run.status() != RunStatus.RUNNING) {
            return false;
        }
        runs.put(key, new ProgrammeRun(programme, run.city(), dueAt, run.startedAt(), status, Optional.of(at),
                ProgrammeRun.withTakeoverNote(run.summary(), summary), attempt, run.takenOverAt()));
        return true;
    }

    @Override
    public synchronized List<ProgrammeRun> recent(AreaCode city, int limit) {
        return runs.values().stream().filter(r -> r.city().equals(city.cityCode()))
                .sorted(Comparator.comparing(ProgrammeRun::dueAt).reversed().thenComparing(ProgrammeRun::programme))
                .limit(limit).toList();
    }

    @Override
    public synchronized int plan(List<VisitTask> planned) {
        int stored = 0;
        for (VisitTask t : planned) {
            boolean already = tasks.values().stream().anyMatch(o -> o.programme().equals(t.programme()) && o.grid().equals(t.grid())
                    && o.member().equals(t.member()) && o.visitOn().equals(t.visitOn()));
            if (!already) {
                tasks.put(t.id(), t);
                stored++;
            }
        }
        return stored;
    }

    @Override
    public synchronized Optional<VisitTask> find(VisitTaskId id) {
        return Optional.ofNullable(tasks.get(id));
    }

    @Override
    public synchronized Slice<VisitTask> within(AreaCode area, LocalDate from, LocalDate to, PageRequest page) {
        Comparator<Position> byPlace = Comparator.comparing((Position p) -> VisitTaskRepository.Place.of(p),
                Comparator.comparing(VisitTaskRepository.Place::day).thenComparing(VisitTaskRepository.Place::grid)
                        .thenComparing(place -> place.id().toString()));
        return InMemoryPages.page(tasks.values().stream().filter(t -> area.contains(t.grid().community()))
                        .filter(t -> !t.visitOn().isBefore(from) && !t.visitOn().isAfter(to)),
                page, VisitTaskRepository.Place::of, byPlace);
    }

    @Override
    public synchronized Map<org.shizhi.domain.grid.model.MemberId, Long> visitsMade(AreaCode area, LocalDate from, LocalDate to,
                                                                                   java.util.Set<org.shizhi.domain.grid.model.GridPost> posts) {
        Map<org.shizhi.domain.grid.model.MemberId, Long> out = new java.util.HashMap<>();
        tasks.values().stream().filter(t -> area.contains(t.grid().community()) && posts.contains(t.post()))
                .filter(t -> !t.visitOn().isBefore(from) && !t.visitOn().isAfter(to) && !t.findings().isEmpty())
                .forEach(t -> out.merge(t.member(), 1L, Long::sum));
        return out;
    }

    @Override
    public synchronized VisitFinding addFinding(VisitTaskId id, VisitFinding finding) {
        VisitTask task = tasks.get(id);
        if (task == null) {
            throw new NotFoundException("visit task", id);
        }
        Optional<VisitFinding> earlier = task.finding(finding.key());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        tasks.put(id, task.with(finding));
        return finding;
    }

    /** The recorded digests. */
    private static final class Digests implements DigestRecords {

        private final Map<String, Recorded> digests = new HashMap<>();

        @Override
        public synchronized void record(WeeklyDigest digest) {
            digests.put(digest.area().value() + "|" + digest.week().monday(), new Recorded(digest.area(), digest.week(), digest.asOf(),
                    digest.reported(), digest.newRiskSignals().size(), digest.overdue(), digest.closed(), digest.verdicts()));
        }

        @Override
        public synchronized Optional<Recorded> find(AreaCode area, DigestWeek week) {
            return Optional.ofNullable(digests.get(area.value() + "|" + week.monday()));
        }

        @Override
        public synchronized List<Recorded> recent(AreaCode area, int limit) {
            return digests.values().stream().filter(r -> r.area().equals(area))
                    .sorted(Comparator.comparing((Recorded r) -> r.week().monday()).reversed()).limit(limit)
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        }
    }
}
