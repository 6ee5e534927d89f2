package org.shizhi.domain.consultation.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * An item published on a community's board (三公开) for a month: party affairs, village affairs or finance. A finance
 * item may name the disposals of the village's assets, resources and funds it discloses. Nothing in it is personal
 * data: it is read by anyone.
 */
public record DisclosureItem(DisclosureId id, AreaCode community, DisclosureCategory category, YearMonth period,
                             String title, String content, LocalDate publishedOn, List<DisposalRef> disposals) {

    public static final int MAX_DISPOSALS = 200;

    /** What an item is published with. */
    public record Draft(AreaCode community, DisclosureCategory category, YearMonth period, String title, String content,
                        List<DisposalRef> disposals) {
        public Draft {
            if (community == null) {
                throw new InvalidValueException("community", "the community whose board it is published on is required");
            }
            if (category == null) {
                throw new InvalidValueException("category", "the category is PARTY_AFFAIRS, VILLAGE_AFFAIRS or FINANCE");
            }
            if (period == null) {
                throw new InvalidValueException("period", "the month disclosed is required, as 2026-11");
            }
            title = Texts.required("title", "the item's title", title, 200);
            content = Texts.required("content", "what is disclosed", content, 8_000);
            disposals = disposals == null ? List.of() : List.copyOf(disposals);
            if (!disposals.isEmpty() && category != DisclosureCategory.FINANCE) {
                throw new InvalidValueException("disposals", "disposals of the village's assets are disclosed under FINANCE");
            }
            if (disposals.size() > MAX_DISPOSALS) {
                throw new InvalidValueException("disposals", "an item names at most " + MAX_DISPOSALS + " disposals");
            }
            if (new HashSet<>(disposals).size() != disposals.size()) {
                throw new InvalidValueException("disposals", "a disposal is named once");
            }
        }
    }

    public DisclosureItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(publishedOn, "publishedOn");
        disposals = List.copyOf(disposals);
    }

    /**
     * Published on a day: a month is disclosed once it has begun, never ahead of it, and not more than a year after it
     * ends (older matters are archived, not disclosed).
     */
    public static DisclosureItem publish(DisclosureId id, Draft d, LocalDate today) {
        if (YearMonth.from(today).isBefore(d.period())) {
            throw new InvalidValueException("period", "month " + d.period() + " has not begun; it is disclosed from its first day");
        }
        if (d.period().plusMonths(13).isBefore(YearMonth.from(today))) {
            throw new InvalidValueException("period", "month " + d.period() + " ended more than a year ago");
        }
        return new DisclosureItem(id, d.community(), d.category(), d.period(), d.title(), d.content(), today, d.disposals());
    }
}
