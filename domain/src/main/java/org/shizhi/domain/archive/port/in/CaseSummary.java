package org.shizhi.domain.archive.port.in;

import java.time.LocalDate;
import java.util.List;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseSource;
import org.shizhi.domain.shared.AreaCode;

/**
 * One search hit: the case's heading and a highlighted snippet ({@code <em>} around matches, the rest HTML-escaped),
 * masked like {@link CaseView}.
 */
public record CaseSummary(CaseId id, CaseSource source, AreaCode area, String caseType, String title,
                          LocalDate occurredOn, LocalDate closedOn, List<String> tags, String snippet, double score) {
}
