package org.shizhi.crash;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.shizhi.crash.Ledger.Entry;
import org.shizhi.crash.Ledger.Kind;
import org.shizhi.domain.archive.model.CaseId;

/**
 * After the last restart: reads every record of the run back through the API and compares it with the ledger. Each
 * acknowledged write must be there exactly once, no further behind than acknowledged; a create sent again with its
 * {@code Idempotency-Key} must be answered from the first answer; an import sent again must find every line there; and
 * the archive's search must come to hold every case that was to reach it, once each.
 */
final class ReadBack {

    private static final int REPLAYS_PER_KIND = 40;

    private final Api api;
    private final Writers.Tokens tokens;
    private final Ledger ledger;
    private final String run;
    private final Pattern marker;
    private final List<String> problems = new ArrayList<>();
    private final List<String> figures = new ArrayList<>();

    ReadBack(Api api, Writers.Tokens tokens, Ledger ledger, String run) {
        this.api = api;
        this.tokens = tokens;
        this.ledger = ledger;
        this.run = run;
        this.marker = Pattern.compile(Pattern.quote(run) + " ([edi]\\d+)");
    }

    List<String> problems() {
        return problems;
    }

    List<String> figures() {
        return figures;
    }

    void verify(Duration convergence, Random random) throws IOException, InterruptedException {
        Map<String, List<JsonNode>> events = list("/api/v1/events", "text");
        Map<String, List<JsonNode>> disputes = list("/api/v1/disputes", "facts");
        Set<String> archived = new HashSet<>();
        archived.addAll(compare(Kind.EVENT, events, "CLOSED", e -> "ge-" + e.id));
        archived.addAll(compare(Kind.DISPUTE, disputes, "CLOSED", e -> CaseId.ofDispute(UUID.fromString(e.id), e.closedVersion).value()));
        replay(Kind.EVENT, "/api/v1/events", "event", tokens.worker(), random);
        replay(Kind.DISPUTE, "/api/v1/disputes", "dispute", tokens.mediator(), random);
        retryUnanswered(Kind.EVENT, "/api/v1/events", tokens.worker());
        retryUnanswered(Kind.DISPUTE, "/api/v1/disputes", tokens.mediator());
        archived.addAll(importsAgain());
        converge(archived, convergence);
    }

    /** Every item of a paged list inside the run's community, by the marker in its text. */
    private Map<String, List<JsonNode>> list(String path, String textField) throws IOException, InterruptedException {
        Map<String, List<JsonNode>> byMarker = new HashMap<>();
        String cursor = null;
        do {
            Api.Call call = Api.get(path).query("area", Writers.COMMUNITY).query("limit", "100");
            JsonNode page = api.expect(cursor == null ? call : call.query("cursor", cursor), tokens.auditor(), 200, "list " + path).body();
            for (JsonNode item : page.path("items")) {
                Matcher m = marker.matcher(item.path(textField).asText());
                String key = m.find() ? m.group(1) : "(no marker: " + item.path("id").asText() + ")";
                byMarker.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
            }
            cursor = page.hasNonNull("nextCursor") ? page.path("nextCursor").asText() : null;
        } while (cursor != null);
        return byMarker;
    }

    interface ArchiveId {
        String of(Entry entry);
    }

    /**
     * Compares a list with the ledger; answers the archive ids of the records whose acknowledged close survived (those
     * must reach the archive).
     */
    private Set<String> compare(Kind kind, Map<String, List<JsonNode>> listed, String closedState, ArchiveId archiveId) {
        Map<Integer, Integer> lostByRound = new TreeMap<>();
        List<String> lost = new ArrayList<>();
        List<String> doubled = new ArrayList<>();
        List<String> behind = new ArrayList<>();
        Set<String> toArchive = new HashSet<>();
        List<Entry> acknowledged = ledger.acknowledged(kind);
        for (Entry entry : acknowledged) {
            List<JsonNode> found = listed.getOrDefault(entry.marker, List.of());
            if (found.isEmpty()) {
                lost.add(entry.marker + " (" + entry.id + ", acknowledged in round " + entry.round + ")");
                lostByRound.merge(entry.round, 1, Integer::sum);
                continue;
            }
            JsonNode item = found.getFirst();
            long version = item.path("version").asLong();
            if (!item.path("id").asText().equals(entry.id)) {
                behind.add(entry.marker + " is listed as " + item.path("id").asText() + ", acknowledged as " + entry.id);
            } else if (version < entry.version || entry.closed && !closedState.equals(item.path("state").asText())) {
                behind.add(entry.marker + " (" + entry.id + ") is at version " + version + " " + item.path("state").asText()
                        + ", acknowledged at version " + entry.version + (entry.closed ? " " + closedState : "") + " in round "
                        + entry.versionRound);
            } else if (entry.closed) {
                toArchive.add(archiveId.of(entry));
            }
        }
        Set<String> sent = ledger.of(kind).stream().map(e -> e.marker).collect(Collectors.toSet());
        List<String> strangers = new ArrayList<>();
        listed.forEach((key, items) -> {
            if (items.size() > 1) {
                doubled.add(key + " listed " + items.size() + " times");
            }
            if (!sent.contains(key)) {
                strangers.add(key);
            }
        });
        long unacknowledgedFound = ledger.of(kind).stream().filter(e -> !e.acknowledged() && listed.containsKey(e.marker)).count();
        figures.add(kind.label + ": " + ledger.of(kind).size() + " creates sent, " + acknowledged.size() + " acknowledged ("
                + acknowledged.stream().filter(e -> e.closed).count() + " closed), " + unacknowledgedFound
                + " unacknowledged creates found stored (in flight at a kill)");
        if (!lost.isEmpty()) {
            problems.add(lost.size() + " of " + acknowledged.size() + " acknowledged " + kind.label + " are missing after restart (lost per round: "
                    + lostByRound + "); e.g. " + sample(lost));
        }
        if (!behind.isEmpty()) {
            problems.add(behind.size() + " acknowledged changes of " + kind.label + " are missing after restart; e.g. " + sample(behind));
        }
        if (!doubled.isEmpty()) {
            problems.add(doubled.size() + " " + kind.label + " are stored more than once; e.g. " + sample(doubled));
        }
        if (!strangers.isEmpty()) {
            problems.add(strangers.size() + " " + kind.label + " are listed that the run never sent; e.g. " + sample(strangers));
        }
        return toArchive;
    }

    /** Sends acknowledged creates again with their keys: each must be the first answer again, not a second record. */
    private void replay(Kind kind, String path, String member, String bearer, Random random) throws IOException, InterruptedException {
        List<Entry> acknowledged = new ArrayList<>(ledger.acknowledged(kind));
        java.util.Collections.shuffle(acknowledged, random);
        List<String> wrong = new ArrayList<>();
        List<Entry> sample = acknowledged.subList(0, Math.min(REPLAYS_PER_KIND, acknowledged.size()));
        for (Entry entry : sample) {
            Api.Answer again = api.send(Api.post(path).header("Idempotency-Key", entry.key).json(entry.body), bearer);
            String id = again.body().path(member).path("id").asText();
            if (again.status() != 201 || !"true".equals(again.header("Idempotent-Replayed")) || !id.equals(entry.id)) {
                wrong.add(entry.marker + " (" + entry.id + ", acknowledged in round " + entry.round + ") answered " + again.status()
                        + " Idempotent-Replayed=" + again.header("Idempotent-Replayed") + (id.isEmpty() ? "" : " with " + id));
            }
        }
        figures.add(kind.label + ": " + sample.size() + " acknowledged creates sent again with their Idempotency-Key");
        if (!wrong.isEmpty()) {
            problems.add(wrong.size() + " of " + sample.size() + " acknowledged creates of " + kind.label
                    + " sent again with the same Idempotency-Key were not answered from the first answer (a client retrying"
                    + " after a lost answer would not get it, or would store a second record); e.g. " + sample(wrong));
        }
    }

    /**
     * Sends the creates that were in flight at a kill again with their keys, as a client whose answer was lost would.
     * Only reported, not asserted: the acceptance is about acknowledged writes, and a key claimed by a request the kill
     * cut off may stay claimed (409 idempotency-key-in-progress) until it is forgotten.
     */
    private void retryUnanswered(Kind kind, String path, String bearer) throws IOException, InterruptedException {
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Entry entry : ledger.of(kind)) {
            if (!entry.acknowledged()) {
                statuses.merge(api.send(Api.post(path).header("Idempotency-Key", entry.key).json(entry.body), bearer).status(), 1, Integer::sum);
            }
        }
        figures.add(kind.label + ": creates in flight at a kill, sent again with their Idempotency-Key after the restart, answered "
                + (statuses.isEmpty() ? "(none)" : statuses) + " (status: count)");
    }

    /** Sends every acknowledged import again: every line must be skipped as there already. Answers their archive ids. */
    private Set<String> importsAgain() throws IOException, InterruptedException {
        Map<Integer, Long> lostByRound = new TreeMap<>();
        long lost = 0;
        for (Ledger.Batch batch : List.copyOf(ledger.acknowledgedBatches)) {
            JsonNode summary = api.expect(Api.post("/api/v1/case-imports").body("application/x-ndjson", batch.body()), tokens.admin(), 200,
                    "import again").body();
            long imported = summary.path("imported").asLong();
            if (imported > 0) {
                lost += imported;
                lostByRound.merge(batch.round(), imported, Long::sum);
            }
        }
        List<Entry> acknowledged = ledger.acknowledged(Kind.IMPORT);
        figures.add(Kind.IMPORT.label + ": " + ledger.of(Kind.IMPORT).size() + " lines sent in " + ledger.of(Kind.IMPORT).size() / Writers.IMPORT_LINES
                + " imports, " + acknowledged.size() + " lines acknowledged, every acknowledged import sent again");
        if (lost > 0) {
            problems.add(lost + " of " + acknowledged.size() + " acknowledged " + Kind.IMPORT.label + " were missing after restart:"
                    + " importing them again stored them anew (lost per round: " + lostByRound + ")");
        }
        return acknowledged.stream().map(e -> e.id).collect(Collectors.toSet());
    }

    /** Polls the archive's search for the run's word until every expected case is found once, or the time is up. */
    private void converge(Set<String> expected, Duration timeout) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        List<String> hits;
        Set<String> missing;
        do {
            hits = search();
            missing = new HashSet<>(expected);
            hits.forEach(missing::remove);
            if (missing.isEmpty() || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(1_000);
        } while (true);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        figures.add("archive: " + expected.size() + " cases expected searchable (closed events and disputes, imported cases), "
                + hits.size() + " found" + (missing.isEmpty() ? " within " + took.toSeconds() + " s of the last restart's read-back" : ""));
        if (!missing.isEmpty()) {
            Map<String, Long> byKind = missing.stream().collect(Collectors.groupingBy(id -> id.substring(0, 2), TreeMap::new, Collectors.counting()));
            problems.add(missing.size() + " of " + expected.size() + " cases that were to reach the archive are not searchable "
                    + timeout.toSeconds() + " s after the restart (by source: " + byKind + "); e.g. " + sample(List.copyOf(missing)));
        }
        Map<String, Long> counts = hits.stream().collect(Collectors.groupingBy(id -> id, LinkedHashMap::new, Collectors.counting()));
        List<String> doubled = counts.entrySet().stream().filter(e -> e.getValue() > 1).map(e -> e.getKey() + " " + e.getValue() + " times").toList();
        if (!doubled.isEmpty()) {
            problems.add(doubled.size() + " cases are found more than once in the archive; e.g. " + sample(doubled));
        }
    }

    /** Every hit of the run's word, page by page, waiting out the search rate limit where it answers 429. */
    private List<String> search() throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        while (true) {
            Api.Call call = Api.get("/api/v1/cases").query("q", run).query("limit", "100").query("sort", "newest");
            Api.Answer answer = api.send(cursor == null ? call : call.query("cursor", cursor), tokens.auditor());
            if (answer.status() == 429) {
                String retryAfter = answer.header("Retry-After");
                Thread.sleep(1_000L * (retryAfter == null ? 1 : Long.parseLong(retryAfter)));
                continue;
            }
            if (answer.status() != 200) {
                throw new AssertionError("searching the archive for " + run + " answered " + answer.status() + ": " + answer.text());
            }
            answer.body().path("items").forEach(item -> ids.add(item.path("id").asText()));
            if (!answer.body().hasNonNull("nextCursor")) {
                return ids;
            }
            cursor = answer.body().path("nextCursor").asText();
        }
    }

    private static String sample(Collection<String> items) {
        return items.stream().limit(5).collect(Collectors.joining("; ")) + (items.size() > 5 ? "; …" : "");
    }
}
