package org.shizhi.domain.archive.port.out;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.shizhi.domain.archive.model.AuditChain;
import org.shizhi.domain.archive.model.AuditEntry;
import org.shizhi.domain.shared.InMemoryPages;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.archive.model.AuditEvent;
import org.shizhi.domain.archive.model.AuditFilter;

/** The audit log in a list, for service tests; {@link #replace} and {@link #remove} let a test tamper with it. */
public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();
    private Head head;

    @Override
    public synchronized AuditEntry append(AuditEvent event) {
        AuditEntry e = AuditChain.link(entries.size() + 1L, head == null ? AuditChain.GENESIS : head.hash(), event);
        entries.add(e);
        head = new Head(e.sequence(), e.hash());
        return e;
    }

    @Override
    public synchronized Slice<AuditEntry> list(AuditFilter filter, PageRequest page) {
        Comparator<Position> newestFirst = Comparator.comparingLong((Position p) -> AuditLog.sequenceOf(p)).reversed();
        return InMemoryPages.page(entries.stream().filter(filter::admits), page, AuditLog::sequencePosition, newestFirst);
    }

    @Override
    public synchronized List<AuditEntry> chain(long fromSequence, int limit) {
        return entries.stream().filter(e -> e.sequence() >= fromSequence).limit(limit).toList();
    }

    @Override
    public synchronized Optional<Head> head() {
        return Optional.ofNullable(head);
    }

    public synchronized void replace(long sequence, AuditEntry changed) {
        entries.replaceAll(e -> e.sequence() == sequence ? changed : e);
    }

    public synchronized void remove(long sequence) {
        entries.removeIf(e -> e.sequence() == sequence);
    }
}
