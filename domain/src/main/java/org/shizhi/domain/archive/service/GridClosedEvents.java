package org.shizhi.domain.archive.service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.model.CaseSource;
import org.shizhi.domain.archive.port.out.PendingCaseRecords;
import org.shizhi.domain.grid.model.ClosedEventRecord;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.shared.WorkingTime;
import org.shizhi.domain.grid.port.out.CaseArchiveOutbox;

/**
 * The grid context's outbox of closed events as a source of case records: the mapping from what a close leaves
 * ({@link ClosedEventRecord}) to a {@link CaseRecord}. The dispute context's outbox gets a class like this one.
 */
public final class GridClosedEvents implements PendingCaseRecords {

    /**
     * Long enough for a batch to be stored; an instance that dies holds its batch no longer than this, unless the
     * platform's setting ({@link RelayLease}) says otherwise.
     */
    public static final Duration DEFAULT_LEASE = RelayLease.DEFAULT;
    private static final int TITLE_LENGTH = 40;

    private final CaseArchiveOutbox outbox;
    private final Clock clock;
    private final Duration lease;

    public GridClosedEvents(CaseArchiveOutbox outbox, Clock clock) {
        this(outbox, clock, DEFAULT_LEASE);
    }

    public GridClosedEvents(CaseArchiveOutbox outbox, Clock clock, Duration lease) {
        this.outbox = outbox;
        this.clock = clock;
        this.lease = RelayLease.check(lease);
    }

    @Override
    public String name() {
        return "grid events";
    }

    @Override
    public List<CaseRecord> claim(int limit) {
        return outbox.claim(clock.instant(), lease, limit).stream().map(GridClosedEvents::caseOf).toList();
    }

    @Override
    public void delivered(List<CaseId> ids) {
        for (CaseId id : ids) {
            outbox.delivered(new GridEventId(java.util.UUID.fromString(id.value().substring(3))));
        }
    }

    /** A closed event as a case: its text is the facts, its handling the reasoning, resolution and verdict the outcome. */
    static CaseRecord caseOf(ClosedEventRecord r) {
        String text = r.text().strip();
        String firstLine = text.lines().findFirst().orElse(r.category().label());
        String title = firstLine.codePointCount(0, firstLine.length()) <= TITLE_LENGTH ? firstLine
                : firstLine.substring(0, firstLine.offsetByCodePoints(0, TITLE_LENGTH)) + "…";
        String reasoning = "等级：" + r.gradeLabel() + "；处置层级：" + r.handlingLevel() + "；升级次数：" + r.escalations()
                + r.mergedInto().map(m -> "；并入事件 " + m).orElse("");
        List<String> outcome = new ArrayList<>();
        r.resolution().ifPresent(s -> outcome.add("处置结果：" + s));
        if (r.satisfaction().isPresent()) {
            outcome.add("满意度：" + r.satisfaction().getAsInt() + "/5");
        }
        r.comment().filter(c -> !c.isBlank()).ifPresent(c -> outcome.add("评价：" + c));
        LocalDate occurred = LocalDate.ofInstant(r.reportedAt(), WorkingTime.ZONE);
        LocalDate closed = LocalDate.ofInstant(r.closedAt(), WorkingTime.ZONE);
        return new CaseRecord(CaseId.ofGridEvent(r.eventId().value()), CaseSource.GRID_EVENT, Optional.empty(),
                r.community().cityCode(), r.community(), r.category().label(), title.isBlank() ? r.category().label() : title, text,
                reasoning, String.join("\n", outcome), "", List.of(), occurred, closed.isBefore(occurred) ? occurred : closed,
                List.of(r.gradeCode(), r.channel().name()));
    }
}
