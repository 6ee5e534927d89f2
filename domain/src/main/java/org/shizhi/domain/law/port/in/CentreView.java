package org.shizhi.domain.law.port.in;

import java.util.List;
import org.shizhi.domain.law.model.LegalAidCentre;
import org.shizhi.domain.law.model.Lawyer;

/** A legal-aid centre as a reader sees it: each lawyer with their caseload now (assigned, unclosed applications). */
public record CentreView(LegalAidCentre centre, List<LawyerLoad> lawyers) {

    public CentreView {
        lawyers = List.copyOf(lawyers);
    }

    public record LawyerLoad(Lawyer lawyer, int caseload) {
    }
}
