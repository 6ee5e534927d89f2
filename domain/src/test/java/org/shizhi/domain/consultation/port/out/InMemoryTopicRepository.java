package org.shizhi.domain.consultation.port.out;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.shizhi.domain.consultation.model.Topic;
import org.shizhi.domain.consultation.model.TopicId;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InMemoryPages;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.StaleVersionException;
import org.shizhi.domain.shared.WorkingTime;

/** Topics in memory, every method synchronized. */
public final class InMemoryTopicRepository implements TopicRepository {

    private final Map<TopicId, Topic> topics = new LinkedHashMap<>();

    @Override
    public synchronized void save(Topic t) {
        Topic stored = topics.get(t.id());
        if (t.version() == 1 ? stored != null : stored == null || stored.version() != t.version() - 1) {
            throw new StaleVersionException("topic " + t.id() + " is not at version " + (t.version() - 1));
        }
        topics.put(t.id(), t);
    }

    @Override
    public synchronized Optional<Topic> find(TopicId id) {
        return Optional.ofNullable(topics.get(id));
    }

    @Override
    public synchronized Slice<Topic> within(AreaCode area, PageRequest page) {
        return InMemoryPages.page(topics.values().stream().filter(t -> area.contains(t.area())), page,
                TopicRepository::raisedPosition, InMemoryPages.byInstant(true));
    }

    @Override
    public synchronized Slice<Topic> openWithoutFeedback(AreaCode area, PageRequest page) {
        return InMemoryPages.page(topics.values().stream().filter(t -> area.contains(t.area()))
                        .filter(t -> !t.isClosed() && t.feedback().isEmpty()), page,
                TopicRepository::raisedPosition, InMemoryPages.byInstant(false));
    }

    @Override
    public synchronized TopicCount count(AreaCode area, LocalDate from, LocalDate to) {
        List<Topic> raised = topics.values().stream().filter(t -> area.contains(t.area())).filter(t -> {
            LocalDate day = WorkingTime.dateOf(t.raisedAt());
            return !day.isBefore(from) && !day.isAfter(to);
        }).toList();
        return new TopicCount(raised.size(), (int) raised.stream().filter(Topic::isClosed).count(),
                (int) raised.stream().filter(t -> !t.isClosed() && t.feedback().isEmpty()).count());
    }

    @Override
    public synchronized Map<AreaCode, TopicCount> countByArea(AreaCode within, AdminLevel level, LocalDate from, LocalDate to) {
        Map<AreaCode, TopicCount> out = new TreeMap<>();
        topics.values().stream().filter(t -> within.contains(t.area())).map(t -> unit(t.area(), level)).distinct()
                .forEach(unit -> out.put(unit, count(unit, from, to)));
        out.values().removeIf(c -> c.raised() == 0);
        return out;
    }

    private static AreaCode unit(AreaCode area, AdminLevel level) {
        String prefix = area.value().substring(0, level.significantDigits());
        return AreaCode.of(prefix + "0".repeat(12 - prefix.length()));
    }
}
