package org.shizhi.domain.dispute.port.out;

import org.shizhi.domain.dispute.model.DisputeBreakdown;
import org.shizhi.domain.dispute.model.MediationChannel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.shizhi.domain.dispute.model.ClosedDisputeRecord;
import org.shizhi.domain.dispute.model.Dispute;
import org.shizhi.domain.dispute.model.DisputeChange;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.dispute.model.DisputeState;
import org.shizhi.domain.dispute.model.DisputeTally;
import org.shizhi.domain.dispute.model.Outcome;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.shared.InMemoryPages;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.StaleVersionException;

/** Disputes in memory, every method synchronized: one lock stands for the database's transaction. */
public final class InMemoryDisputeRepository implements DisputeRepository, DisputeArchiveOutbox {

    private final Map<DisputeId, Dispute> disputes = new LinkedHashMap<>();
    private final Map<DisputeId, List<DisputeChange>> timelines = new HashMap<>();
    private final Map<DisputeId, Instant> claims = new HashMap<>();
    private final List<ClosedDisputeRecord> outbox = new ArrayList<>();
    private final Map<RecordKey, Instant> outboxClaims = new HashMap<>();
    private final Map<String, DisputeId> references = new HashMap<>();

    @Override
    public synchronized void save(DisputeWrite write) {
        Dispute d = write.dispute();
        Dispute stored = disputes.get(d.id());
        if (write.isNew() ? stored != null : stored == null || stored.version() != write.expectedVersion()) {
            throw new StaleVersionException("dispute " + d.id() + " is at version "
                    + (stored == null ? "(none)" : stored.version()) + ", not " + write.expectedVersion());
        }
        if (write.isNew() && d.gridEvent().isPresent() && ofGridEvent(d.gridEvent().get()).isPresent()) {
            throw new StaleVersionException("grid event " + d.gridEvent().get() + " already led to a dispute");
        }
        if (write.isNew() && d.intakeReference().isPresent() && references.containsKey(d.intakeReference().get())) {
            throw new StaleVersionException("intake reference " + d.intakeReference().get() + " already opened a dispute");
        }
        d.intakeReference().ifPresent(r -> references.put(r, d.id()));
        disputes.put(d.id(), d);
        timelines.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(write.change());
        claims.remove(d.id());
        write.closedRecord().ifPresent(outbox::add);
    }

    @Override
    public synchronized Optional<Dispute> find(DisputeId id) {
        return Optional.ofNullable(disputes.get(id));
    }

    @Override
    public synchronized Optional<Dispute> ofGridEvent(GridEventId event) {
        return disputes.values().stream().filter(d -> d.gridEvent().equals(Optional.of(event))).findFirst();
    }

    @Override
    public synchronized Optional<Dispute> ofIntakeReference(String reference) {
        return Optional.ofNullable(references.get(reference)).map(disputes::get);
    }

    @Override
    public synchronized List<DisputeChange> timeline(DisputeId id) {
        return List.copyOf(timelines.getOrDefault(id, List.of()));
    }

    @Override
    public synchronized Slice<Dispute> within(AreaCode area, Optional<DisputeState> state, PageRequest page) {
        return InMemoryPages.page(disputes.values().stream().filter(d -> area.contains(d.area()))
                        .filter(d -> state.isEmpty() || d.state() == state.get()),
                page, DisputeRepository::openedPosition, InMemoryPages.byInstant(true));
    }

    @Override
    public synchronized Slice<Dispute> overdue(AreaCode area, Instant now, PageRequest page) {
        return InMemoryPages.page(overdueNow(area, now), page, DisputeRepository::deadlinePosition, InMemoryPages.byInstant(false));
    }

    private java.util.stream.Stream<Dispute> overdueNow(AreaCode area, Instant now) {
        return disputes.values().stream().filter(d -> area.contains(d.area()) && d.isOverdue(now))
                .sorted(Comparator.comparing((Dispute d) -> d.deadline().passesAt()).thenComparing(d -> d.id().value()));
    }

    @Override
    public synchronized List<Dispute> claimOverdue(AreaCode area, Instant now, Duration lease, int limit) {
        List<Dispute> claimed = overdueNow(area, now).filter(d -> d.centreLevel() != AdminLevel.CITY)
                .filter(d -> !claims.containsKey(d.id()) || !claims.get(d.id()).isAfter(now)).limit(limit).toList();
        claimed.forEach(d -> claims.put(d.id(), now.plus(lease)));
        return claimed;
    }

    @Override
    public synchronized List<Dispute> openedWithin(AreaCode area, Instant from, Instant to) {
        return disputes.values().stream().filter(d -> area.contains(d.area()) && !d.openedAt().isBefore(from) && d.openedAt().isBefore(to))
                .toList();
    }

    @Override
    public synchronized List<DisputeTally> tallies(AreaCode within, AdminLevel level, Instant from, Instant to) {
        Map<AreaCode, int[]> counts = new TreeMap<>();
        for (Dispute d : openedWithin(within, from, to)) {
            String prefix = d.area().value().substring(0, level.significantDigits());
            int[] c = counts.computeIfAbsent(AreaCode.of(prefix + "0".repeat(12 - prefix.length())), k -> new int[5]);
            boolean agreement = d.outcome().filter(o -> o instanceof Outcome.Agreement).isPresent();
            c[0]++;
            c[1] += d.outcome().isPresent() ? 1 : 0;
            c[2] += agreement ? 1 : 0;
            c[3] += agreement && !d.followUps().isEmpty() ? 1 : 0;
            c[4] += agreement && d.relapses() > 0 ? 1 : 0;
        }
        return counts.entrySet().stream().map(e -> new DisputeTally(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                e.getValue()[3], e.getValue()[4])).toList();
    }

    @Override
    public synchronized List<ClosedDisputeRecord> pending(int limit) {
        return outbox.stream().sorted(Comparator.comparing(ClosedDisputeRecord::closedAt)).limit(limit).toList();
    }

    @Override
    public synchronized List<ClosedDisputeRecord> claim(Instant now, Duration lease, int limit) {
        List<ClosedDisputeRecord> claimed = outbox.stream()
                .filter(r -> {
                    Instant until = outboxClaims.get(new RecordKey(r.disputeId(), r.version()));
                    return until == null || !until.isAfter(now);
                })
                .sorted(Comparator.comparing(ClosedDisputeRecord::closedAt)).limit(limit).toList();
        claimed.forEach(r -> outboxClaims.put(new RecordKey(r.disputeId(), r.version()), now.plus(lease)));
        return claimed;
    }

    @Override
    public synchronized void delivered(DisputeId disputeId, long version) {
        outbox.removeIf(r -> r.disputeId().equals(disputeId) && r.version() == version);
        outboxClaims.remove(new RecordKey(disputeId, version));
    }

    private record RecordKey(DisputeId dispute, long version) {
    }

    @Override
    public synchronized List<DisputeBreakdown.TypeCount> countByType(AreaCode area, Instant from, Instant to) {
        Map<String, List<Dispute>> byCode = new TreeMap<>();
        for (Dispute d : openedWithin(area, from, to)) {
            byCode.computeIfAbsent(d.type().code(), k -> new java.util.ArrayList<>()).add(d);
        }
        return byCode.values().stream()
                .map(ds -> new DisputeBreakdown.TypeCount(new org.shizhi.domain.dispute.model.DisputeType(ds.getFirst().type().code(), ds.stream().map(d -> d.type().label()).max(java.util.Comparator.naturalOrder()).orElseThrow()), ds.size()))
                .sorted(java.util.Comparator.comparingLong(DisputeBreakdown.TypeCount::count).reversed()
                        .thenComparing(c -> c.type().code()))
                .toList();
    }

    @Override
    public synchronized List<DisputeBreakdown.ChannelCount> countByChannel(AreaCode area, Instant from, Instant to) {
        Map<MediationChannel, Long> counts = new java.util.EnumMap<>(MediationChannel.class);
        for (Dispute d : openedWithin(area, from, to)) {
            counts.merge(d.channel(), 1L, Long::sum);
        }
        return counts.entrySet().stream().map(e -> new DisputeBreakdown.ChannelCount(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparingLong(DisputeBreakdown.ChannelCount::count).reversed()
                        .thenComparing(DisputeBreakdown.ChannelCount::channel))
                .toList();
    }
}
