package org.shizhi.bench.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.model.CaseSource;
import org.shizhi.domain.archive.model.Party;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.PhoneNumber;

/**
 * Case records with the lengths a real archive holds, from a seed: mediation records of a few hundred to 3,000
 * characters (ProMediConv's sentences, as {@link CaseGenerator} makes them, lengths even on a log scale), and every
 * {@code judgmentEvery}-th record a criminal judgment whose full text is drawn log-normally with a median of 4,500 characters and one in ten over 17,000,
 * capped at 99,000, with its facts (about 60 % of it), reasoning and outcome beside it, as LeCaRD's candidates have
 * them. A judgment is made of the sentences of LeCaRD's development candidates by section (header, facts, reasoning,
 * outcome, the statutes cited at the end), read from {@code ../shared/data/lecard-dev} at run time and recombined:
 * consecutive sentences from a random place, so a stretch reads like one document, and a generated defendant (name,
 * resident ID number, mobile) written into the header, so masking has work to do. Nothing of the data enters the
 * repository. Record {@code i} depends only on the seed and {@code i}.
 */
public final class RealLengthCases {

    /** Judgments' full text: log-normal with median 4,500 (μ = ln 4,500) and P(> 17,000) = 0.1 (σ = ln(17,000/4,500)/1.2816). */
    static final double MU = Math.log(4_500);
    static final double SIGMA = Math.log(17_000.0 / 4_500) / 1.2816;
    static final int LONGEST = 99_000;
    private static final int CANDIDATES_READ = 1_500;
    private static final AreaCode ZHANJIANG = AreaCode.of("440800");
    private static final String[] DISTRICTS = {"440802", "440803", "440804", "440811", "440823", "440825"};
    private static final String[] SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁".split("");
    private static final String[] GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红梅兰海峰斌玉萍".split("");

    private final long seed;
    private final CaseGenerator mediation;
    private final List<String> titles = new ArrayList<>();
    private final List<String> header = new ArrayList<>();
    private final List<String> facts = new ArrayList<>();
    private final List<String> reasoning = new ArrayList<>();
    private final List<String> outcome = new ArrayList<>();
    private final List<String> statutes = new ArrayList<>();

    private RealLengthCases(long seed, CaseGenerator mediation, int judgmentEvery) {
        this.seed = seed;
        this.mediation = mediation;
        this.judgmentEvery = judgmentEvery;
    }

    /** The generator, or empty if LeCaRD's development set is not at {@code lecard}. */
    public static Optional<RealLengthCases> load(long seed, CaseGenerator mediation, Path lecard, int judgmentEvery) throws IOException {
        Path candidates = lecard.resolve("candidates.jsonl.gz");
        if (!Files.isRegularFile(candidates)) {
            return Optional.empty();
        }
        RealLengthCases g = new RealLengthCases(seed, mediation, judgmentEvery);
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(candidates)),
                StandardCharsets.UTF_8))) {
            int read = 0;
            for (String line; (line = in.readLine()) != null && read < CANDIDATES_READ; ) {
                if (line.isBlank()) {
                    continue;
                }
                read++;
                JsonNode c = json.readTree(line);
                String full = c.path("fullText").asText();
                String f = c.path("facts").asText().strip();
                String o = c.path("outcome").asText().strip();
                g.titles.add(c.path("title").asText().strip());
                g.facts.addAll(CaseGenerator.sentences(f));
                g.reasoning.addAll(CaseGenerator.sentences(c.path("reasoning").asText()));
                g.outcome.addAll(CaseGenerator.sentences(o));
                // The header is what stands before the facts; the statutes what follows the outcome.
                int factsAt = f.length() < 20 ? -1 : full.indexOf(f.substring(0, 20));
                if (factsAt > 0) {
                    g.header.addAll(CaseGenerator.sentences(full.substring(0, factsAt)));
                }
                int outcomeEnd = o.length() < 20 ? -1 : full.indexOf(o.substring(o.length() - 20));
                if (outcomeEnd > 0) {
                    g.statutes.addAll(CaseGenerator.sentences(full.substring(outcomeEnd + 20)));
                }
            }
        }
        return Optional.of(g);
    }

    /** Every this many records one is a judgment (record {@code i} with {@code i % JUDGMENT_EVERY == 0}). */
    private final int judgmentEvery;

    public boolean isJudgment(long i) {
        return i % judgmentEvery == 0;
    }

    public int judgmentEvery() {
        return judgmentEvery;
    }

    /** Record {@code i}: a judgment or a mediation record. */
    public CaseRecord record(long i) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        if (!isJudgment(i)) {
            // 300 to 3,000 characters, evenly on a log scale: many short records, some long ones.
            int target = (int) Math.round(300 * Math.pow(10, r.nextDouble()));
            return mediation.record(i, target);
        }
        return judgment(i, r);
    }

    /** The length of judgment {@code i}'s full text, for the bench's description of its corpus. */
    static int fullTextLength(SplittableRandom r) {
        double z = gaussian(r);
        return (int) Math.max(800, Math.min(LONGEST, Math.round(Math.exp(MU + SIGMA * z))));
    }

    private static double gaussian(SplittableRandom r) {
        // Box–Muller: SplittableRandom has no nextGaussian of its own that is stable across JDKs.
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private CaseRecord judgment(long i, SplittableRandom r) {
        int length = fullTextLength(r);
        String name = SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)]
                + (r.nextBoolean() ? GIVEN[r.nextInt(GIVEN.length)] : "");
        int born = 1955 + r.nextInt(50);
        String first17 = "440802" + born + String.format("%02d%02d", 1 + r.nextInt(12), 1 + r.nextInt(28))
                + String.format("%03d", r.nextInt(1000));
        IdNumber id = new IdNumber(first17 + IdNumber.checkCharacter(first17));
        PhoneNumber phone = new PhoneNumber("1" + (3 + r.nextInt(7)) + String.format("%09d", r.nextInt(1_000_000_000)));
        int year = 2012 + r.nextInt(9);
        String district = DISTRICTS[r.nextInt(DISTRICTS.length)];
        StringBuilder head = new StringBuilder("广东省湛江市人民法院 刑事判决书 （").append(year).append("）粤0")
                .append(district.substring(3)).append("刑初").append(1 + r.nextInt(900)).append("号 公诉机关湛江市人民检察院。 被告人")
                .append(name).append("，").append(r.nextBoolean() ? "男" : "女").append("，").append(born).append("年出生，公民身份号码")
                .append(id.value()).append("，联系电话").append(phone.value()).append("，住湛江市。 ");
        int headTarget = Math.min(1_200, Math.max(200, length / 12));
        append(head, header, headTarget, r);
        String factsText = run(facts, (int) (length * 0.6), r);
        String reasoningText = run(reasoning, Math.min(7_000, 150 + (int) (length * 0.08)), r);
        String outcomeText = run(outcome, Math.min(3_000, 120 + (int) (length * 0.04)), r);
        StringBuilder full = new StringBuilder(length + 200).append(head).append(' ').append(factsText).append(' ')
                .append(reasoningText).append(' ').append(outcomeText).append(' ');
        append(full, statutes, length, r);
        String text = full.length() > LONGEST ? full.substring(0, LONGEST) : full.toString();
        String title = "被告人" + name + charge(titles.get(r.nextInt(titles.size())));
        AreaCode area = AreaCode.of(district + String.format("%03d%03d", 1 + r.nextInt(9), 1 + r.nextInt(20)));
        LocalDate occurred = LocalDate.of(year - 1, 1, 1).plusDays(r.nextInt(365));
        LocalDate closed = LocalDate.of(year, 1, 1).plusDays(r.nextInt(365));
        String externalId = "JUD-" + seed + "-" + i;
        return new CaseRecord(CaseId.ofImported(ZHANJIANG, externalId), CaseSource.HISTORICAL, Optional.of(externalId), ZHANJIANG,
                area, "刑事案件", title.length() > 500 ? title.substring(0, 500) : title, factsText, reasoningText, outcomeText, text,
                List.of(new Party(name, "被告人", Optional.of(id), Optional.of(phone))), occurred, closed, List.of("刑事判决"));
    }

    /** A real title's charge and what follows it ("盗窃罪一案"), without the names before it. */
    static String charge(String title) {
        String t = title.startsWith("被告人") ? title.substring(3) : title;
        for (int k = 2; k < t.length(); k++) {
            if ("犯走盗抢故诈贩非交危掩寄聚容开妨虚组引强寻滥受贪挪职合销伪拒生重过".indexOf(t.charAt(k)) >= 0 && t.charAt(k - 1) != '、') {
                return t.substring(k);
            }
        }
        return "刑事一案";
    }

    /** Consecutive sentences of {@code pool} from a random place until {@code target} characters. */
    private static String run(List<String> pool, int target, SplittableRandom r) {
        StringBuilder out = new StringBuilder(target + 200);
        append(out, pool, target, r);
        return out.length() > CaseRecord.MAX_TEXT ? out.substring(0, CaseRecord.MAX_TEXT) : out.toString();
    }

    private static void append(StringBuilder out, List<String> pool, int target, SplittableRandom r) {
        int at = r.nextInt(pool.size());
        while (out.length() < target) {
            out.append(pool.get(at));
            at = (at + 1) % pool.size();
            // now and then another place: a long document is not one stretch of one source
            if (r.nextInt(40) == 0) {
                at = r.nextInt(pool.size());
            }
        }
    }

    /** A pasted description: a stretch of the {@code k}-th judgment's facts, 150 to 1,500 characters, as a user pastes one. */
    public String description(long k) {
        long i = (k + 1) * judgmentEvery;
        CaseRecord judgment = record(i);
        SplittableRandom r = new SplittableRandom(seed * 7_919L + i);
        String f = judgment.facts();
        int length = Math.min(f.length(), 150 + r.nextInt(1_350));
        int from = f.length() == length ? 0 : r.nextInt(f.length() - length);
        return f.substring(from, from + length);
    }
}
