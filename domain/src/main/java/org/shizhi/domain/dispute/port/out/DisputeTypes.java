package org.shizhi.domain.dispute.port.out;

import java.util.List;
import org.shizhi.domain.dispute.model.DisputeType;
import org.shizhi.domain.shared.AreaCode;

/** The dispute types a city knows: the platform's standard ones and those its plugins add. */
public interface DisputeTypes {

    List<DisputeType> of(AreaCode city);
}
