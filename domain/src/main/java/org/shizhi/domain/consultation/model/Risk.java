package org.shizhi.domain.consultation.model;

import org.shizhi.domain.shared.Texts;

/** A risk the assessment found, with the measure that mitigates it. */
public record Risk(String description, String mitigation) {

    public Risk {
        description = Texts.required("risks.description", "the risk found", description, 2_000);
        mitigation = Texts.required("risks.mitigation", "the risk's mitigation", mitigation, 2_000);
    }
}
