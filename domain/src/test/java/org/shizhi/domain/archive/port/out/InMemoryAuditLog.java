package org.shizhi.domain.archive.port.out;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shizhi.domain.archive.model.AuditChain;
import org.shizhi.domain.archive.model.AuditEntry;
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
    public synchronized List<AuditEntry> list(AuditFilter filter, Optional<Long> beforeSequence, int limit) {
        return entries.reversed().stream().filter(filter::admits)
                .filter(e -> beforeSequence.map(b -> e.sequence() < b).orElse(true)).limit(limit).toList();
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
