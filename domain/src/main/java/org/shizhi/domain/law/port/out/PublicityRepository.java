package org.shizhi.domain.law.port.out;

import java.time.LocalDate;
import org.shizhi.domain.law.model.PublicityEvent;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;

/** Where law-publicity events are kept. */
public interface PublicityRepository {

    /** Adds an event; an id already stored is a {@link org.shizhi.domain.shared.StaleVersionException}. */
    void add(PublicityEvent event);

    /** Events inside the area held in [{@code from}, {@code to}], by date then id. */
    Slice<PublicityEvent> within(AreaCode area, LocalDate from, LocalDate to, PageRequest page);

    static Position datePosition(PublicityEvent e) {
        return new Position(e.heldOn().toString(), e.id().toString());
    }
}
