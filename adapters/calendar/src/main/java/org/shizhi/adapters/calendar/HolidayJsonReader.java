package org.shizhi.adapters.calendar;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.shizhi.domain.shared.CalendarYear;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * Reads the holiday file format:
 * <pre>
 * { "description": "...",
 *   "years": { "2025": { "notice": "https://...",
 *                        "holidays": { "春节": ["2025-01-28", ...], ... },
 *                        "makeUpWorkdays": ["2025-01-26", ...] } } }
 * </pre>
 * Strict on purpose: an unknown key is more likely a typo ({@code "makeupWorkdays"}) than an extension,
 * and a typo here silently moves deadlines.
 */
final class HolidayJsonReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Set<String> ROOT_KEYS = Set.of("description", "years");
    private static final Set<String> YEAR_KEYS = Set.of("notice", "holidays", "makeUpWorkdays");

    private HolidayJsonReader() {
    }

    static List<CalendarYear> read(InputStream in, String source) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new HolidayDataException(source + ": not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new HolidayDataException(source + ": is empty");
        }
        return new Reading(source).years(root);
    }

    /** One pass over one file; knows the file's name for every message. */
    private record Reading(String source) {

        List<CalendarYear> years(JsonNode root) {
            requireObject(root, "the top level");
            requireOnlyKeys(root, ROOT_KEYS, "the top level");
            JsonNode years = root.get("years");
            if (years == null) {
                throw fail("years", "is missing");
            }
            requireObject(years, "years");
            if (years.isEmpty()) {
                throw fail("years", "holds no year");
            }
            List<CalendarYear> result = new ArrayList<>();
            for (Map.Entry<String, JsonNode> entry : years.properties()) {
                result.add(year(entry.getKey(), entry.getValue()));
            }
            return result;
        }

        private CalendarYear year(String key, JsonNode node) {
            String path = "years." + key;
            if (!YEAR.matcher(key).matches()) {
                throw fail(path, "the key must be a four-digit year");
            }
            int year = Integer.parseInt(key);
            requireObject(node, path);
            requireOnlyKeys(node, YEAR_KEYS, path);

            JsonNode holidays = node.get("holidays");
            if (holidays == null) {
                throw fail(path + ".holidays", "is missing (write {} for a year without holidays)");
            }
            requireObject(holidays, path + ".holidays");
            Map<LocalDate, String> holidayNames = new HashMap<>();
            for (Map.Entry<String, JsonNode> named : holidays.properties()) {
                String namePath = path + ".holidays." + named.getKey();
                for (LocalDate day : dates(named.getValue(), namePath, year)) {
                    String earlier = holidayNames.putIfAbsent(day, named.getKey());
                    if (earlier != null) {
                        throw fail(namePath, day + " is already listed under " + earlier);
                    }
                }
            }

            JsonNode makeUp = node.get("makeUpWorkdays");
            if (makeUp == null) {
                throw fail(path + ".makeUpWorkdays", "is missing (write [] for a year without make-up workdays)");
            }
            List<LocalDate> makeUpDays = dates(makeUp, path + ".makeUpWorkdays", year);
            Set<LocalDate> makeUpSet = new HashSet<>();
            for (LocalDate day : makeUpDays) {
                if (!makeUpSet.add(day)) {
                    throw fail(path + ".makeUpWorkdays", day + " is listed twice");
                }
                String holiday = holidayNames.get(day);
                if (holiday != null) {
                    throw fail(path + ".makeUpWorkdays", day + " is also a holiday (" + holiday + ")");
                }
            }
            try {
                return new CalendarYear(year, holidayNames.keySet(), makeUpSet);
            } catch (InvalidValueException e) {
                throw fail(path, e.getMessage());
            }
        }

        private List<LocalDate> dates(JsonNode node, String path, int year) {
            if (!node.isArray()) {
                throw fail(path, "must be an array of dates (yyyy-MM-dd), found " + describe(node));
            }
            List<LocalDate> dates = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                String at = path + "[" + i + "]";
                if (!element.isTextual()) {
                    throw fail(at, "must be a date as text (yyyy-MM-dd), found " + describe(element));
                }
                LocalDate day;
                try {
                    day = LocalDate.parse(element.textValue());
                } catch (DateTimeParseException e) {
                    throw fail(at, "'" + element.textValue() + "' is not a calendar date (yyyy-MM-dd)");
                }
                if (day.getYear() != year) {
                    throw fail(at, day + " is not in " + year);
                }
                dates.add(day);
            }
            return dates;
        }

        private void requireObject(JsonNode node, String path) {
            if (!node.isObject()) {
                throw fail(path, "must be a JSON object, found " + describe(node));
            }
        }

        private void requireOnlyKeys(JsonNode node, Set<String> allowed, String path) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String key = property.getKey();
                if (!allowed.contains(key)) {
                    throw fail(path, "unknown key '" + key + "' (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
                }
            }
        }

        private static String describe(JsonNode node) {
            return node.getNodeType().name().toLowerCase(Locale.ROOT);
        }

        private HolidayDataException fail(String path, String problem) {
            return new HolidayDataException(source + ": " + path + ": " + problem);
        }
    }
}
