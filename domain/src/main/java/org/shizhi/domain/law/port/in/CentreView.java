package org.shizhi.domain.law.port.in;

import java.util.List;
import org.shizhi.domain.law.model.LegalAidCentre;
import org.shizhi.domain.law.model.Lawyer;
import org.shizhi.domain.shared.PersonalData;

/**
 * A legal-aid centre as a reader sees it: each lawyer with their caseload now (assigned, unclosed applications) and
 * their name clear or masked by the reader's privilege; {@code centre().lawyers()} and {@code lawyer().name()} are not
 * for display.
 */
public record CentreView(LegalAidCentre centre, List<LawyerLoad> lawyers, boolean masked) {

    public CentreView {
        lawyers = List.copyOf(lawyers);
    }

    /** @param name the lawyer's name as shown */
    public record LawyerLoad(Lawyer lawyer, String name, int caseload) {

        public static LawyerLoad of(Lawyer lawyer, PersonalData shown, int caseload) {
            return new LawyerLoad(lawyer, shown.name(lawyer.name()), caseload);
        }
    }
}
