package org.shizhi.domain.law.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shizhi.domain.law.model.LegalAidApplication;
import org.shizhi.domain.law.model.LegalAidCentre;
import org.shizhi.domain.law.model.LegalAidId;
import org.shizhi.domain.law.model.LegalAidReport;
import org.shizhi.domain.law.model.LegalAidState;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;

/**
 * Where legal-aid applications and centres are kept. "Inside an area": the record's area code starts with the area's
 * prefix. Contract: {@code LegalAidRepositoryContract}.
 */
public interface LegalAidRepository {

    /**
     * Inserts a new application (version 1) or replaces the stored one if its version is {@code version - 1}.
     *
     * @throws org.shizhi.domain.shared.StaleVersionException otherwise; nothing is written then
     */
    void save(LegalAidApplication application);

    Optional<LegalAidApplication> find(LegalAidId id);

    /** Applications inside the area, in the state if given, latest received first (ids ascending on ties). */
    Slice<LegalAidApplication> within(AreaCode area, Optional<LegalAidState> state, PageRequest page);

    static Position receivedPosition(LegalAidApplication a) {
        return new Position(a.receivedOn().toString(), a.id().toString());
    }

    /** Undecided applications inside the area whose deadline passed at or before {@code now}, earliest deadline first. */
    Slice<LegalAidApplication> overdue(AreaCode area, Instant now, PageRequest page);

    static Position duePosition(LegalAidApplication a) {
        return Position.of(a.decisionDue().passesAt(), a.id().value());
    }

    /** The lawyer's assigned, unclosed applications: their caseload. */
    int caseload(String lawyerId);

    /** Adds or replaces a centre (by code). */
    void saveCentre(LegalAidCentre centre);

    Optional<LegalAidCentre> centre(String code);

    /** Centres whose area lies inside {@code area} or contains it, by code. */
    List<LegalAidCentre> centresFor(AreaCode area);

    /** The report, computed by the store. */
    LegalAidReport report(AreaCode area, LocalDate from, LocalDate to);

    /** Applications inside the area received in [{@code from}, {@code to}]: decided, and decided on time. */
    DecisionCount decisions(AreaCode area, LocalDate from, LocalDate to);

    /** {@link #decisions} for every area of {@code level} inside {@code within} at once, by area; areas without an application are left out. */
    Map<AreaCode, DecisionCount> decisionsByArea(AreaCode within, AdminLevel level, LocalDate from, LocalDate to);

    record DecisionCount(int decided, int onTime) {
    }
}
