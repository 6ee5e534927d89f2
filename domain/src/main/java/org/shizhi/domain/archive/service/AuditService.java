package org.shizhi.domain.archive.service;

import java.time.Instant;
import org.shizhi.domain.shared.Permission;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.shizhi.domain.archive.model.AuditAction;
import org.shizhi.domain.archive.model.AuditChain;
import org.shizhi.domain.archive.model.AuditEntry;
import org.shizhi.domain.archive.model.AuditEvent;
import org.shizhi.domain.archive.model.AuditFilter;
import org.shizhi.domain.archive.model.ChainVerdict;
import org.shizhi.domain.archive.port.in.AuditQuery;
import org.shizhi.domain.archive.port.in.RecordDisclosureUseCase;
import org.shizhi.domain.archive.port.out.AuditLog;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;

/**
 * The audit log for auditors (listing their city's entries, verifying the whole chain), and the entries of personal
 * data shown unmasked.
 */
public final class AuditService implements AuditQuery, RecordDisclosureUseCase {

    private static final int VERIFY_BATCH = 1_000;

    private final AuditLog log;
    private final Clock clock;

    public AuditService(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public boolean disclosed(Actor reader, Disclosure disclosure) {
        if (!reader.mayReadPersonalData() || disclosure.records().isEmpty()) {
            return false;
        }
        log.append(new AuditEvent(clock.instant(), reader.subject(), reader.roles(), reader.city(), AuditAction.READ,
                disclosure.what(), "", disclosure.records().size(), disclosure.records(), disclosure.purpose().orElse("")));
        return true;
    }

    @Override
    public Slice<AuditEntry> entries(Actor actor, AuditFilter filter, PageRequest page) {
        actor.require(Permission.READ_AUDIT);
        if (!filter.city().equals(actor.city())) {
            throw new AccessDeniedException("an auditor reads the audit log of their own city " + actor.city());
        }
        if (page.limit() > 100) {
            throw new InvalidValueException("limit", "limit must be between 1 and 100, got " + page.limit());
        }
        return log.list(filter, page);
    }

    @Override
    public Slice<AuditEntry> ownEntries(Actor actor, Optional<AuditAction> action, Optional<Instant> from, Optional<Instant> to,
                                        PageRequest page) {
        actor.require(Permission.READ_OWN_AUDIT);
        if (page.limit() > 100) {
            throw new InvalidValueException("limit", "limit must be between 1 and 100, got " + page.limit());
        }
        return log.list(new AuditFilter(actor.city(), Optional.of(actor.subject()), action, from, to), page);
    }

    @Override
    public ChainVerdict verify(Actor actor) {
        actor.require(Permission.READ_AUDIT);
        long expected = 1;
        String previous = AuditChain.GENESIS;
        long checked = 0;
        while (true) {
            List<AuditEntry> batch = log.chain(expected, VERIFY_BATCH);
            for (AuditEntry e : batch) {
                if (e.sequence() != expected) {
                    return ChainVerdict.brokenAt(checked, expected, "entry " + expected + " is missing (deleted): the chain "
                            + "goes on at " + e.sequence());
                }
                if (!e.previousHash().equals(previous)) {
                    return ChainVerdict.brokenAt(checked, e.sequence(), "entry " + e.sequence()
                            + " does not hold the hash of the entry before it");
                }
                if (!AuditChain.hash(e.sequence(), e.previousHash(), e.event()).equals(e.hash())) {
                    return ChainVerdict.brokenAt(checked, e.sequence(), "entry " + e.sequence()
                            + " was changed after it was written: its content no longer gives its hash");
                }
                previous = e.hash();
                expected++;
                checked++;
            }
            if (batch.size() < VERIFY_BATCH) {
                break;
            }
        }
        Optional<AuditLog.Head> head = log.head();
        long last = expected - 1;
        if (head.isPresent() && (head.get().sequence() != last || !head.get().hash().equals(previous))) {
            return ChainVerdict.brokenAt(checked, Math.min(last + 1, head.get().sequence()),
                    "the log's head is entry " + head.get().sequence() + " but the chain ends at " + last
                            + ": entries at the end were deleted or changed");
        }
        if (head.isEmpty() && last > 0) {
            return ChainVerdict.brokenAt(checked, last, "the log has entries but no head");
        }
        return ChainVerdict.intact(checked);
    }
}
