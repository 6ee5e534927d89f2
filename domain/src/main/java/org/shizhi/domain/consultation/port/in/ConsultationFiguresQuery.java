package org.shizhi.domain.consultation.port.in;

import java.time.LocalDate;
import java.util.List;
import org.shizhi.domain.consultation.model.ConsultationFigures;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Permission;

/**
 * The assessment's figures from the consultation context for an area and a period of days in China [{@code from},
 * {@code to}]: topics closed with feedback, disclosure coverage; computed by the store. Permission:
 * {@link Permission#READ_CONSULTATION_FIGURES}.
 */
public interface ConsultationFiguresQuery {

    ConsultationFigures figures(Actor actor, AreaCode area, LocalDate from, LocalDate to);

    /**
     * The figures of every area of {@code level} inside {@code within} with a topic raised in the period or a board open
     * by its end, in code order, aggregated by the store for all areas at once; {@code level} below {@code within}.
     */
    List<ConsultationFigures> figuresByArea(Actor actor, AreaCode within, AdminLevel level, LocalDate from, LocalDate to);
}
