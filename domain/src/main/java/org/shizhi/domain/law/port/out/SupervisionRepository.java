package org.shizhi.domain.law.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.shizhi.domain.law.model.AgencyFigures;
import org.shizhi.domain.law.model.ComplaintId;
import org.shizhi.domain.law.model.SupervisionComplaint;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;

/** Where enforcement-supervision complaints are kept. Contract: {@code SupervisionRepositoryContract}. */
public interface SupervisionRepository {

    /** As the other stores: insert at version 1, else replace version - 1, else StaleVersionException. */
    void save(SupervisionComplaint complaint);

    Optional<SupervisionComplaint> find(ComplaintId id);

    /** Unreviewed complaints inside the area past their deadline at {@code now}, earliest deadline first. */
    Slice<SupervisionComplaint> overdue(AreaCode area, Instant now, PageRequest page);

    static Position duePosition(SupervisionComplaint c) {
        return Position.of(c.reviewDue().passesAt(), c.id().value());
    }

    /** Figures per agency over complaints inside the area filed in [{@code from}, {@code to}], by agency name. */
    List<AgencyFigures> byAgency(AreaCode area, LocalDate from, LocalDate to, Instant now);
}
