package org.shizhi.domain.archive.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseSource;
import org.shizhi.domain.shared.AreaCode;

/** A whole case record as the reader may see it: every text and party masked unless they hold {@code PERSONAL_DATA}. */
public record CaseView(CaseId id, CaseSource source, Optional<String> externalId, AreaCode city, AreaCode area,
                       String caseType, String title, String facts, String reasoning, String outcome, String fullText,
                       List<PartyView> parties, LocalDate occurredOn, LocalDate closedOn, List<String> tags) {
}
