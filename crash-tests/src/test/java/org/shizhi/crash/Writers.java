package org.shizhi.crash;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.shizhi.crash.Ledger.Entry;
import org.shizhi.crash.Ledger.Kind;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.shared.AreaCode;

/**
 * The load of one round: threads that each write until the platform stops answering. Grid events are reported and
 * every other one is taken through accept, resolve and a satisfied verdict to CLOSED; disputes are opened and every
 * other one withdrawn and closed; historical cases are imported ten lines at a time. Every create carries an
 * {@code Idempotency-Key} and a marker word of its own, and every 2xx is written to the ledger before the next request.
 */
final class Writers {

    static final String CITY = "510100";
    /** 锦江区 春熙路街道 总府路社区: every record of the run is in it. */
    static final String COMMUNITY = "510104022001";
    static final int IMPORT_LINES = 10;

    record Tokens(String worker, String staff, String mediator, String admin, String auditor) {
    }

    private final Api api;
    private final Tokens tokens;
    private final Ledger ledger;
    private final String run;
    private final String grid;
    private final int round;
    private final AtomicLong serial;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopped;

    Writers(Api api, Tokens tokens, Ledger ledger, String run, String grid, int round, AtomicLong serial) {
        this.api = api;
        this.tokens = tokens;
        this.ledger = ledger;
        this.run = run;
        this.grid = grid;
        this.round = round;
        this.serial = serial;
    }

    interface Unit {
        void write() throws IOException, InterruptedException;
    }

    void start(int eventWriters, int disputeWriters, int importWriters) {
        for (int i = 0; i < eventWriters; i++) {
            spawn("events-" + i, this::event);
        }
        for (int i = 0; i < disputeWriters; i++) {
            spawn("disputes-" + i, this::dispute);
        }
        for (int i = 0; i < importWriters; i++) {
            spawn("imports-" + i, this::importBatch);
        }
    }

    private void spawn(String name, Unit unit) {
        Thread thread = Thread.ofPlatform().name("crash-writer-" + name + "-round-" + round).start(() -> {
            try {
                while (!stopped) {
                    unit.write();
                }
            } catch (IOException platformGone) {
                // the kill: the request in flight has no answer, and nothing after it is sent
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        threads.add(thread);
    }

    /** Waits for every writer to notice the platform has gone; they stop at their next request at the latest. */
    void awaitStopped() throws InterruptedException {
        stopped = true;
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(60));
            if (thread.isAlive()) {
                throw new IllegalStateException(thread.getName() + " still writes 60 s after the platform was killed");
            }
        }
    }

    private void event() throws IOException, InterruptedException {
        long n = serial.incrementAndGet();
        String marker = "e" + n;
        String body = "{\"gridCode\":\"" + grid + "\",\"category\":\"ENVIRONMENT\",\"text\":\"总府路楼道路灯损坏，夜间出行不便 "
                + run + " " + marker + "\",\"channel\":\"RESIDENT\",\"reporter\":{\"name\":\"李明\",\"phone\":\"13912345678\"}}";
        Entry entry = ledger.sent(Kind.EVENT, marker, round, UUID.randomUUID().toString(), body);
        Api.Answer reported = api.send(Api.post("/api/v1/events").header("Idempotency-Key", entry.key).json(body), tokens.worker());
        if (!expected(reported, 201, entry, "report")) {
            return;
        }
        entry.acknowledged(reported.body().path("event").path("id").asText(), reported.etagVersion(), round);
        if (n % 2 == 0) {
            return; // stays open
        }
        if (step(entry, "/api/v1/events/" + entry.id + "/accept", "{\"remark\":\"社区已受理\"}", tokens.staff(), "accept")
                && step(entry, "/api/v1/events/" + entry.id + "/resolve", "{\"resolution\":\"已联系物业更换路灯\"}", tokens.worker(), "resolve")) {
            Api.Answer verdict = api.send(Api.post("/api/v1/events/" + entry.id + "/verdict").ifMatch(entry.version)
                    .json("{\"satisfaction\":5,\"comment\":\"满意\"}"), tokens.worker());
            if (expected(verdict, 200, entry, "verdict")) {
                entry.acknowledgedClose(verdict.etagVersion(), round);
            }
        }
    }

    private void dispute() throws IOException, InterruptedException {
        long n = serial.incrementAndGet();
        String marker = "d" + n;
        String body = "{\"source\":\"WALK_IN\",\"areaCode\":\"" + COMMUNITY + "\",\"type\":\"LABOUR\",\"parties\":["
                + "{\"kind\":\"PERSON\",\"role\":\"APPLICANT\",\"name\":\"魏明\",\"idNumber\":\"11010519491231002X\",\"phone\":\"13812345678\"},"
                + "{\"kind\":\"ORGANISATION\",\"role\":\"RESPONDENT\",\"name\":\"锦江某汽车配件厂\"}],"
                + "\"facts\":\"魏某在汽车配件厂上班时左手小指被机器压伤 " + run + " " + marker + "\",\"claims\":\"要求赔偿医疗费2293元。\","
                + "\"amount\":2293.00,\"risk\":{\"level\":\"LOW\",\"reasons\":[\"当事人情绪激动\"]}}";
        Entry entry = ledger.sent(Kind.DISPUTE, marker, round, UUID.randomUUID().toString(), body);
        Api.Answer opened = api.send(Api.post("/api/v1/disputes").header("Idempotency-Key", entry.key).json(body), tokens.mediator());
        if (!expected(opened, 201, entry, "open")) {
            return;
        }
        entry.acknowledged(opened.body().path("dispute").path("id").asText(), opened.etagVersion(), round);
        if (n % 2 == 0) {
            return;
        }
        if (step(entry, "/api/v1/disputes/" + entry.id + "/outcome", "{\"kind\":\"WITHDRAWAL\",\"reason\":\"双方自行和解\"}",
                tokens.mediator(), "withdraw")) {
            Api.Answer closed = api.send(Api.post("/api/v1/disputes/" + entry.id + "/close").ifMatch(entry.version), tokens.mediator());
            if (expected(closed, 200, entry, "close")) {
                entry.acknowledgedClose(closed.etagVersion(), round);
            }
        }
    }

    private void importBatch() throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        List<Entry> lines = new ArrayList<>();
        for (int i = 0; i < IMPORT_LINES; i++) {
            String marker = "i" + serial.incrementAndGet();
            String externalId = run + "-" + marker;
            String line = "{\"externalId\":\"" + externalId + "\",\"cityCode\":\"" + CITY + "\",\"areaCode\":\"" + COMMUNITY
                    + "\",\"caseType\":\"邻里纠纷\",\"title\":\"楼上装修噪音扰民纠纷 " + run + " " + marker + "\","
                    + "\"facts\":\"住户反映楼上邻居夜间装修施工，噪音扰民，多次协商未果。\",\"outcome\":\"双方达成调解协议。\","
                    + "\"occurredOn\":\"2023-03-02\",\"closedOn\":\"2023-03-20\",\"tags\":[\"噪音\"]}";
            body.append(line).append('\n');
            lines.add(ledger.sent(Kind.IMPORT, marker, round, externalId, line));
        }
        Api.Answer summary = api.send(Api.post("/api/v1/case-imports").body("application/x-ndjson", body.toString()), tokens.admin());
        if (!expected(summary, 200, lines.getFirst(), "import")) {
            return;
        }
        long stored = summary.body().path("imported").asLong() + summary.body().path("skipped").asLong();
        if (stored != IMPORT_LINES || summary.body().path("rejected").asLong() != 0) {
            ledger.refused("import of " + IMPORT_LINES + " lines in round " + round + " answered " + summary.text());
            return;
        }
        for (Entry line : lines) {
            line.acknowledged(CaseId.ofImported(AreaCode.parse(CITY + "000000"), line.key).value(), 1, round);
        }
        ledger.acknowledgedBatches.add(new Ledger.Batch(round, body.toString(), lines.stream().map(l -> l.marker).toList()));
    }

    /** One step of a record's flow under If-Match; true when acknowledged. */
    private boolean step(Entry entry, String path, String json, String bearer, String what) throws IOException, InterruptedException {
        Api.Answer answer = api.send(Api.post(path).ifMatch(entry.version).json(json), bearer);
        if (!expected(answer, 200, entry, what)) {
            return false;
        }
        entry.acknowledgedVersion(answer.etagVersion(), round);
        return true;
    }

    private boolean expected(Api.Answer answer, int status, Entry entry, String what) {
        if (answer.status() == status) {
            ledger.answered();
            return true;
        }
        ledger.refused(entry.kind.label + " " + entry.marker + ": " + what + " in round " + round + " answered "
                + answer.status() + ": " + answer.text());
        stopped = true; // a refusal would repeat on every request: the round's report names it once
        return false;
    }
}
