package org.shizhi.domain.consultation.port.in;

import java.util.List;
import org.shizhi.domain.consultation.model.Opinion;
import org.shizhi.domain.consultation.model.Topic;

/**
 * A topic as a reader sees it: the opinions with their speakers shown clear or masked ({@code topic().opinions()} is
 * not for display), and its age in calendar days.
 */
public record TopicView(Topic topic, List<Opinion> opinions, long ageDays, boolean masked) {

    public TopicView {
        opinions = List.copyOf(opinions);
    }
}
