package org.shizhi.domain.grid.model;

import java.util.Objects;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PublishedModel;

/** What is known of a grid event when it is graded: enough for a grader, nothing personal. */
@PublishedModel
public record EventFacts(EventCategory category, String text, AreaCode area) {

    public EventFacts {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(area, "area");
        text = text == null ? "" : text;
    }
}
