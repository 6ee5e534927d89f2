package org.shizhi.domain.archive.model;

import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * A case frozen for the archive (案卷): a closed grid event, a concluded dispute or a historical case. The database
 * holds it (the source of truth); the search index is derived from it and can be rebuilt at any time.
 *
 * @param externalId the id in the source archive, unique per city, for imported cases
 * @param area       where the case happened, inside {@code city} (the city itself if the source did not say)
 * @param caseType   the source's type label (邻里纠纷, 安全隐患…), a facet and a filter
 * @param fullText   the whole document as the source had it; may repeat the other texts
 */
public record CaseRecord(CaseId id, CaseSource source, Optional<String> externalId, AreaCode city, AreaCode area,
                         String caseType, String title, String facts, String reasoning, String outcome, String fullText,
                         List<Party> parties, LocalDate occurredOn, LocalDate closedOn, List<String> tags) {

    public static final int MAX_TEXT = 100_000;
    public static final int MAX_TAGS = 30;

    public CaseRecord {
        if (id == null || source == null) {
            throw new InvalidValueException("id", "a case record needs its id and source");
        }
        Objects.requireNonNull(externalId, "externalId");
        externalId = externalId.map(String::strip).filter(s -> !s.isEmpty());
        if (externalId.isPresent() && externalId.get().length() > 128) {
            throw new InvalidValueException("externalId", "an external id has at most 128 characters");
        }
        if (city == null) {
            throw new InvalidValueException("cityCode", "a case record needs its city");
        }
        if (city.level() != AdminLevel.CITY) {
            throw new InvalidValueException("cityCode", "the city code must be a city's code, not a " + city.level() + " code");
        }
        area = area == null ? city : area;
        if (!city.contains(area)) {
            throw new InvalidValueException("areaCode", "area " + area + " is not inside city " + city);
        }
        caseType = required("caseType", caseType, 40);
        title = required("title", title, 500);
        facts = text("facts", facts);
        reasoning = text("reasoning", reasoning);
        outcome = text("outcome", outcome);
        fullText = text("fullText", fullText);
        parties = parties == null ? List.of() : List.copyOf(parties);
        if (occurredOn == null) {
            throw new InvalidValueException("occurredOn", "a case record needs the date it occurred");
        }
        if (closedOn == null) {
            throw new InvalidValueException("closedOn", "a case record needs the date it was closed");
        }
        if (closedOn.isBefore(occurredOn)) {
            throw new InvalidValueException("closedOn", "a case cannot close (" + closedOn + ") before it occurred (" + occurredOn + ")");
        }
        if (occurredOn.getYear() < 1949 || closedOn.getYear() > 9999) {
            throw new InvalidValueException("occurredOn", "dates must lie between 1949 and 9999");
        }
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        for (String tag : tags == null ? List.<String>of() : tags) {
            if (tag == null || tag.isBlank()) {
                throw new InvalidValueException("tags", "a tag must not be blank");
            }
            String t = tag.strip();
            if (t.length() > 40 || t.chars().anyMatch(Character::isWhitespace)) {
                throw new InvalidValueException("tags", "a tag has at most 40 characters and no blanks, got '" + t + "'");
            }
            kept.add(t);
        }
        if (kept.size() > MAX_TAGS) {
            throw new InvalidValueException("tags", "a case has at most " + MAX_TAGS + " tags");
        }
        tags = List.copyOf(kept);
    }

    /** The record with these long texts: a record read without them, completed from the index's copy. */
    public CaseRecord withTexts(CaseTexts texts) {
        return new CaseRecord(id, source, externalId, city, area, caseType, title, texts.facts(), texts.reasoning(), texts.outcome(),
                texts.fullText(), parties, occurredOn, closedOn, tags);
    }

    /** The district the case lies in, if its area is at or below district level. */
    public Optional<AreaCode> district() {
        return area.level() == AdminLevel.CITY || area.level() == AdminLevel.PROVINCE
                ? Optional.empty() : Optional.of(AreaCode.of(area.value().substring(0, 6)));
    }

    public Year year() {
        return Year.of(occurredOn.getYear());
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, field + " is required");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidValueException(field, field + " has at most " + max + " characters, got " + v.length());
        }
        return v;
    }

    private static String text(String field, String value) {
        String v = value == null ? "" : value.strip();
        if (v.length() > MAX_TEXT) {
            throw new InvalidValueException(field, field + " has at most " + MAX_TEXT + " characters, got " + v.length());
        }
        return v;
    }
}
