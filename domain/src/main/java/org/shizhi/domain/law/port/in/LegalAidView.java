package org.shizhi.domain.law.port.in;

import org.shizhi.domain.law.model.LegalAidApplication;

/** An application as a reader sees it; {@code application().applicant()} is not for display: use {@code applicant}. */
public record LegalAidView(LegalAidApplication application, PersonView applicant, boolean overdue) {
}
