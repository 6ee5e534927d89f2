package org.shizhi.domain.law.port.out;

import org.shizhi.domain.law.model.LawPolicy;
import org.shizhi.domain.shared.AreaCode;

/** A city's deadlines in the law context ({@link LawPolicy#standard()} unless the city sets its own). */
public interface LawPolicies {

    LawPolicy of(AreaCode city);
}
