package org.shizhi.bench.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.model.CaseSource;
import org.shizhi.domain.archive.model.Party;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.PhoneNumber;

/**
 * Realistic Chinese case records, 1–3 KB each, from a seed: the sentences of the 96 real mediation cases of
 * ProMediConv (descriptions and mediation dialogues, by dispute type) and of the governance source documents in
 * {@code seeds/}. Record {@code i} depends only on the seed and {@code i}, so any record can be made again alone, and
 * a run at 1 M never holds more than a batch.
 */
public final class CaseGenerator {

    private static final AreaCode ZHANJIANG = AreaCode.of("440800");
    private static final String[] DISTRICTS = {"440802", "440803", "440804", "440811", "440823", "440825"};
    private static final String[] SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁".split("");
    private static final String[] GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红梅兰海峰斌玉萍".split("");
    private static final String[] OUTCOME_TAGS = {"调解成功", "调解不成", "已回访", "重点关注", "司法确认"};

    /** One real case: its type, its facts in sentences, the mediation's sentences. */
    public record Source(String type, String description, List<String> facts, List<String> dialogue) {
    }

    private final long seed;
    private final List<Source> cases;
    private final Map<String, List<Source>> byType = new LinkedHashMap<>();
    private final List<String> governance;
    private final List<String> types;

    public CaseGenerator(long seed, Path data, Path seeds) throws IOException {
        this.seed = seed;
        this.cases = load(data.resolve("promediconv").resolve("pmc_test.txt"));
        cases.forEach(c -> byType.computeIfAbsent(c.type(), k -> new ArrayList<>()).add(c));
        this.types = List.copyOf(byType.keySet());
        List<String> g = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                g.addAll(sentences(Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        this.governance = List.copyOf(g);
    }

    /** The real cases, for the search-quality measurement. */
    public List<Source> sources() {
        return cases;
    }

    static List<Source> load(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Source> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            List<String> dialogue = new ArrayList<>();
            for (JsonNode turn : n.path("dialog")) {
                dialogue.addAll(sentences(turn.path("text").asText()));
            }
            String description = n.path("event_description").asText();
            out.add(new Source(n.path("event_type").asText(), description, sentences(description), dialogue));
        }
        return out;
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '”' || c == '\n' || c == '\r') {
                continue;
            }
            current.append(c);
            if (c == '。' || c == '！' || c == '？' || c == '；') {
                String s = current.toString().strip();
                if (s.length() >= 8 && s.length() <= 160) {
                    out.add(s);
                }
                current.setLength(0);
            }
        }
        return out;
    }

    /** Record {@code i}. */
    public CaseRecord record(long i) {
        return record(i, 0);
    }

    /**
     * Record {@code i} of about {@code length} characters (0: the synthetic 340–1,000); the same random draws either
     * way, so the synthetic records stay what they were.
     */
    CaseRecord record(long i, int length) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        String type = types.get(r.nextInt(types.size()));
        List<Source> ofType = byType.get(type);
        Source base = ofType.get(r.nextInt(ofType.size()));
        int drawn = 340 + r.nextInt(660); // characters: 1–3 KB of UTF-8
        int target = length > 0 ? length : drawn;
        StringBuilder facts = new StringBuilder();
        List<String> baseFacts = base.facts().isEmpty() ? List.of(base.description()) : base.facts();
        int start = r.nextInt(baseFacts.size());
        for (int k = 0; k < Math.min(baseFacts.size(), 2 + r.nextInt(4)); k++) {
            facts.append(baseFacts.get((start + k) % baseFacts.size()));
        }
        Source other = ofType.get(r.nextInt(ofType.size()));
        if (!other.facts().isEmpty()) {
            facts.append(other.facts().get(r.nextInt(other.facts().size())));
        }
        StringBuilder reasoning = new StringBuilder();
        for (int k = 0; k < 1 + r.nextInt(2); k++) {
            reasoning.append(governance.get(r.nextInt(governance.size())));
        }
        StringBuilder outcome = new StringBuilder();
        List<String> dialogue = base.dialogue().isEmpty() ? other.dialogue() : base.dialogue();
        for (int k = 0; k < 1 + r.nextInt(2) && !dialogue.isEmpty(); k++) {
            outcome.append(dialogue.get(r.nextInt(dialogue.size())));
        }
        StringBuilder full = new StringBuilder();
        while (facts.length() + reasoning.length() + outcome.length() + full.length() < target && !dialogue.isEmpty()) {
            full.append(dialogue.get(r.nextInt(dialogue.size())));
        }
        String firstClause = baseFacts.get(start).split("[，。,；]")[0];
        String title = type.replace("纠纷", "") + "纠纷：" + (firstClause.length() > 24 ? firstClause.substring(0, 24) : firstClause);
        String district = DISTRICTS[r.nextInt(DISTRICTS.length)];
        AreaCode area = AreaCode.of(district + String.format("%03d%03d", 1 + r.nextInt(9), 1 + r.nextInt(20)));
        LocalDate occurred = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(3_900));
        LocalDate closed = occurred.plusDays(1 + r.nextInt(90));
        List<Party> parties = List.of(party(r, "申请人"), party(r, "被申请人"));
        String externalId = "GEN-" + seed + "-" + i;
        return new CaseRecord(CaseId.ofImported(ZHANJIANG, externalId), CaseSource.HISTORICAL, Optional.of(externalId), ZHANJIANG,
                area, type, title, facts.toString(), reasoning.toString(), outcome.toString(), full.toString(), parties, occurred,
                closed, List.of(type, OUTCOME_TAGS[r.nextInt(OUTCOME_TAGS.length)]));
    }

    private static Party party(SplittableRandom r, String role) {
        String name = SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)]
                + (r.nextBoolean() ? GIVEN[r.nextInt(GIVEN.length)] : "");
        String first17 = "440802" + (1950 + r.nextInt(55)) + String.format("%02d%02d", 1 + r.nextInt(12), 1 + r.nextInt(28))
                + String.format("%03d", r.nextInt(1000));
        String phone = "1" + (3 + r.nextInt(7)) + String.format("%09d", r.nextInt(1_000_000_000));
        return new Party(name, role, Optional.of(new IdNumber(first17 + IdNumber.checkCharacter(first17))),
                Optional.of(new PhoneNumber(phone)));
    }

    /** The record as a line of an archive import (docs/archive-import.md). */
    public static String jsonLine(CaseRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("externalId", r.externalId().orElseThrow());
        m.put("cityCode", r.city().value().substring(0, 6));
        m.put("areaCode", r.area().value());
        m.put("caseType", r.caseType());
        m.put("title", r.title());
        m.put("facts", r.facts());
        m.put("reasoning", r.reasoning());
        m.put("outcome", r.outcome());
        m.put("fullText", r.fullText());
        m.put("parties", r.parties().stream().map(p -> Map.of("name", p.name(), "role", p.role(),
                "idNumber", p.idNumber().orElseThrow().value(), "phone", p.phone().orElseThrow().value())).toList());
        m.put("occurredOn", r.occurredOn().toString());
        m.put("closedOn", r.closedOn().toString());
        m.put("tags", r.tags());
        try {
            return JSON.writeValueAsString(m);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
}
