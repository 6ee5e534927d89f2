package org.shizhi.adapters.archiveimport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.model.CaseSource;
import org.shizhi.domain.archive.model.Party;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PhoneNumber;

/**
 * One line of an archive import (docs/archive-import.md) as a historical {@link CaseRecord}, or the reason it is not
 * one. Unknown members are refused, so that a misspelt field is noticed rather than lost.
 */
final class CaseLines {

    static final Set<String> MEMBERS = Set.of("externalId", "cityCode", "areaCode", "caseType", "title", "facts", "reasoning",
            "outcome", "fullText", "parties", "occurredOn", "closedOn", "tags");
    private static final Set<String> PARTY_MEMBERS = Set.of("name", "role", "idNumber", "phone", "kind");
    private static final ObjectMapper JSON = new ObjectMapper();

    private CaseLines() {
    }

    /** Thrown for a line that cannot be a case; the message names the member and the rule. */
    static final class Rejected extends Exception {
        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * The case a line describes. {@code city}, if given, is the city the import is for: a line without
     * {@code cityCode} takes it, a line of another city is refused.
     */
    static CaseRecord parse(String line, Optional<AreaCode> city) throws Rejected {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new Rejected("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new Rejected("a line must be one JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!MEMBERS.contains(name)) {
                throw new Rejected("unknown member '" + name + "'");
            }
        }
        try {
            String externalId = required(node, "externalId");
            AreaCode cityCode;
            if (node.hasNonNull("cityCode")) {
                cityCode = AreaCode.parse(text(node, "cityCode"));
                if (city.isPresent() && !city.get().equals(cityCode)) {
                    throw new Rejected("cityCode: " + cityCode + " is not the city being imported (" + city.get() + ")");
                }
            } else {
                cityCode = city.orElseThrow(() -> new Rejected("cityCode: required (or run the import with --city)"));
            }
            AreaCode area = node.hasNonNull("areaCode") ? AreaCode.parse(text(node, "areaCode")) : cityCode;
            return new CaseRecord(CaseId.ofImported(cityCode, externalId), CaseSource.HISTORICAL, Optional.of(externalId), cityCode,
                    area, required(node, "caseType"), required(node, "title"), optional(node, "facts"), optional(node, "reasoning"),
                    optional(node, "outcome"), optional(node, "fullText"), parties(node), date(node, "occurredOn"),
                    date(node, "closedOn"), strings(node, "tags"));
        } catch (InvalidValueException e) {
            throw new Rejected(e.field().map(f -> f + ": ").orElse("") + e.getMessage());
        }
    }

    private static String text(JsonNode node, String name) throws Rejected {
        JsonNode v = node.get(name);
        if (!v.isTextual()) {
            throw new Rejected(name + ": must be a string");
        }
        return v.asText();
    }

    private static String required(JsonNode node, String name) throws Rejected {
        if (!node.hasNonNull(name)) {
            throw new Rejected(name + ": required");
        }
        String v = text(node, name);
        if (v.isBlank()) {
            throw new Rejected(name + ": must not be blank");
        }
        return v;
    }

    private static String optional(JsonNode node, String name) throws Rejected {
        return node.hasNonNull(name) ? text(node, name) : "";
    }

    private static LocalDate date(JsonNode node, String name) throws Rejected {
        String v = required(node, name);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new Rejected(name + ": must be a date as YYYY-MM-DD, got '" + v + "'");
        }
    }

    private static List<String> strings(JsonNode node, String name) throws Rejected {
        if (!node.hasNonNull(name)) {
            return List.of();
        }
        JsonNode v = node.get(name);
        if (!v.isArray()) {
            throw new Rejected(name + ": must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                throw new Rejected(name + ": must be an array of strings");
            }
            out.add(item.asText());
        }
        return out;
    }

    private static List<Party> parties(JsonNode node) throws Rejected {
        if (!node.hasNonNull("parties")) {
            return List.of();
        }
        JsonNode v = node.get("parties");
        if (!v.isArray()) {
            throw new Rejected("parties: must be an array of objects");
        }
        List<Party> out = new ArrayList<>();
        int i = 0;
        for (JsonNode p : v) {
            String at = "parties[" + i++ + "]";
            if (!p.isObject()) {
                throw new Rejected(at + ": must be an object with name, role, idNumber, phone, kind");
            }
            for (Iterator<String> names = p.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!PARTY_MEMBERS.contains(name)) {
                    throw new Rejected(at + ": unknown member '" + name + "'");
                }
            }
            Party.Kind kind = Party.Kind.PERSON;
            if (p.hasNonNull("kind")) {
                String given = p.get("kind").asText();
                kind = java.util.Arrays.stream(Party.Kind.values()).filter(k -> k.name().equals(given)).findFirst()
                        .orElseThrow(() -> new Rejected(at + ".kind: must be PERSON or ORGANISATION"));
            }
            try {
                out.add(new Party(p.hasNonNull("name") ? p.get("name").asText() : null, p.hasNonNull("role") ? p.get("role").asText() : "",
                        p.hasNonNull("idNumber") ? Optional.of(IdNumber.parse(p.get("idNumber").asText())) : Optional.empty(),
                        p.hasNonNull("phone") ? Optional.of(PhoneNumber.parse(p.get("phone").asText())) : Optional.empty(), kind));
            } catch (InvalidValueException e) {
                // The value itself is personal data: the reason names the rule, never repeats it.
                throw new Rejected(at + "." + e.field().orElse("value") + ": " + e.getMessage());
            }
        }
        return out;
    }
}
