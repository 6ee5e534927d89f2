package org.shizhi.domain.archive.service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.model.CaseSource;
import org.shizhi.domain.archive.model.Party;
import org.shizhi.domain.archive.port.out.PendingCaseRecords;
import org.shizhi.domain.dispute.model.ClosedDisputeRecord;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.dispute.port.out.DisputeArchiveOutbox;
import org.shizhi.domain.shared.WorkingTime;

/**
 * The dispute context's outbox of closes as a source of case records: the mapping from what a close leaves
 * ({@link ClosedDisputeRecord}) to a {@link CaseRecord}, beside {@link GridClosedEvents}.
 */
public final class ClosedDisputes implements PendingCaseRecords {

    /**
     * Long enough for a batch to be stored; an instance that dies holds its batch no longer than this, unless the
     * platform's setting ({@link RelayLease}) says otherwise.
     */
    public static final Duration DEFAULT_LEASE = RelayLease.DEFAULT;
    private static final int TITLE_LENGTH = 40;

    private final DisputeArchiveOutbox outbox;
    private final Clock clock;
    private final Duration lease;
    /**
     * Which close each claimed case id stands for: the id is a name-based UUID of dispute and version, so it cannot be
     * read back. An entry whose delivery failed stays until the record is claimed again (same key, same entry).
     */
    private final Map<CaseId, Close> claimed = new ConcurrentHashMap<>();

    public ClosedDisputes(DisputeArchiveOutbox outbox, Clock clock) {
        this(outbox, clock, DEFAULT_LEASE);
    }

    public ClosedDisputes(DisputeArchiveOutbox outbox, Clock clock, Duration lease) {
        this.outbox = outbox;
        this.clock = clock;
        this.lease = RelayLease.check(lease);
    }

    private record Close(DisputeId dispute, long version) {
    }

    @Override
    public String name() {
        return "disputes";
    }

    @Override
    public List<CaseRecord> claim(int limit) {
        List<CaseRecord> cases = new ArrayList<>();
        for (ClosedDisputeRecord r : outbox.claim(clock.instant(), lease, limit)) {
            CaseRecord c = caseOf(r);
            claimed.put(c.id(), new Close(r.disputeId(), r.version()));
            cases.add(c);
        }
        return cases;
    }

    @Override
    public void delivered(List<CaseId> ids) {
        for (CaseId id : ids) {
            Close close = claimed.remove(id);
            if (close == null) {
                throw new IllegalStateException("case " + id + " was not claimed from the dispute outbox by this source");
            }
            outbox.delivered(close.dispute(), close.version());
        }
    }

    /**
     * A closed dispute as a case: facts and claims as the facts, how it was handled as the reasoning, the outcome's
     * text as the outcome. Parties keep name and role (the archive masks names by privilege); ID numbers and mobiles
     * stay with the dispute. Nothing boilerplate goes into the searchable text: a sentence every case shares would
     * match every query that uses its words.
     */
    static CaseRecord caseOf(ClosedDisputeRecord r) {
        String facts = r.facts().strip();
        String firstLine = facts.lines().findFirst().orElse(r.typeLabel());
        String title = firstLine.codePointCount(0, firstLine.length()) <= TITLE_LENGTH ? firstLine
                : firstLine.substring(0, firstLine.offsetByCodePoints(0, TITLE_LENGTH)) + "…";
        String claims = r.claims().strip();
        String allFacts = claims.isEmpty() ? facts : facts + "\n当事人请求：" + claims;
        List<String> reasoning = new ArrayList<>();
        reasoning.add("纠纷来源：" + r.source().name() + r.gridEvent().map(e -> "（网格事件 " + e + "）").orElse("")
                + "；调解渠道：" + r.channel().name() + "；风险等级：" + r.risk().name()
                + "；受理层级：" + r.centreLevel().name() + "（" + r.centre() + "）；升级次数：" + r.escalations()
                + (r.petitionBacklog() ? "；信访积案" : ""));
        List<Party> parties = r.parties().stream()
                .map(p -> new Party(p.name(), role(p), Optional.empty(), Optional.empty(),
                        p.kind() == org.shizhi.domain.dispute.model.Party.Kind.ORGANISATION ? Party.Kind.ORGANISATION : Party.Kind.PERSON))
                .toList();
        List<String> tags = new ArrayList<>(List.of(r.typeCode(), "RISK_" + r.risk().name(), r.channel().name(),
                "CENTRE_" + r.centreLevel().name(), r.source().name()));
        if (r.petitionBacklog()) {
            tags.add("PETITION_BACKLOG");
        }
        LocalDate occurred = LocalDate.ofInstant(r.openedAt(), WorkingTime.ZONE);
        LocalDate closed = LocalDate.ofInstant(r.closedAt(), WorkingTime.ZONE);
        return new CaseRecord(CaseId.ofDispute(r.disputeId().value(), r.version()), CaseSource.DISPUTE, Optional.empty(),
                r.area().cityCode(), r.area(), r.typeLabel(), title.isBlank() ? r.typeLabel() : title, allFacts, String.join("\n", reasoning),
                r.outcome(), "", parties, occurred, closed.isBefore(occurred) ? occurred : closed, tags);
    }

    private static String role(ClosedDisputeRecord.RecordedParty p) {
        String role = switch (p.role()) {
            case APPLICANT -> "申请人";
            case RESPONDENT -> "被申请人";
            case THIRD_PARTY -> "第三人";
        };
        return role + (p.kind() == org.shizhi.domain.dispute.model.Party.Kind.ORGANISATION ? "（单位）" : "（个人）");
    }
}
