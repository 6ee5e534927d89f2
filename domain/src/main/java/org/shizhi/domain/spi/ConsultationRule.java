package org.shizhi.domain.spi;

import org.shizhi.domain.dispute.model.ConsultationRequirement;
import org.shizhi.domain.dispute.model.DisputeFacts;

/**
 * Extension point (SPI 1.2): whether a dispute calls for a joint consultation (三长会商, 3+N) and which of the N bodies
 * are always invited. The platform's default ({@link ConsultationRequirement#standard}): HIGH and CRITICAL disputes,
 * the N chosen by the centre. Must be thread-safe and must not fail.
 */
@FunctionalInterface
public interface ConsultationRule {

    ConsultationRequirement requirement(DisputeFacts dispute);
}
