package org.shizhi.domain.consultation.port.out;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.shizhi.domain.consultation.model.Topic;
import org.shizhi.domain.consultation.model.TopicId;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;

/** Where council topics are kept, with their opinions, proposals, votes, decision and feedback. Contract: {@code TopicRepositoryContract}. */
public interface TopicRepository {

    /** Inserts at version 1, else replaces version - 1, else {@link org.shizhi.domain.shared.StaleVersionException}. */
    void save(Topic topic);

    Optional<Topic> find(TopicId id);

    /** Topics inside the area, latest raised first (ids ascending on ties). */
    Slice<Topic> within(AreaCode area, PageRequest page);

    /** Open topics inside the area with no feedback published yet, oldest first. */
    Slice<Topic> openWithoutFeedback(AreaCode area, PageRequest page);

    static Position raisedPosition(Topic t) {
        return Position.of(t.raisedAt(), t.id().value());
    }

    /** Over topics inside the area raised in [{@code from}, {@code to}] (days in China), computed by the store. */
    TopicCount count(AreaCode area, LocalDate from, LocalDate to);

    /**
     * {@link #count} for every area of {@code level} inside {@code within} with a topic raised in the period, by the
     * area's code: one aggregate for all areas at once.
     */
    Map<AreaCode, TopicCount> countByArea(AreaCode within, AdminLevel level, LocalDate from, LocalDate to);

    /**
     * @param closedWithFeedback closed (which needs feedback) by now
     * @param openWithoutFeedback open and without feedback by now
     */
    record TopicCount(int raised, int closedWithFeedback, int openWithoutFeedback) {
    }
}
