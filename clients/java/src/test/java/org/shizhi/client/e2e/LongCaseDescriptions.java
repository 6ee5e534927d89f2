package org.shizhi.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shizhi.client.ApiException;
import org.shizhi.client.api.ArchiveApi;
import org.shizhi.client.api.AuditApi;
import org.shizhi.client.model.AuditAction;
import org.shizhi.client.model.AuditEntry;
import org.shizhi.client.model.CaseHit;
import org.shizhi.client.model.CasePage;
import org.shizhi.client.model.CaseSearchRequest;
import org.shizhi.client.model.ExportFormat;
import org.shizhi.client.model.ImportSummary;
import org.shizhi.client.model.Problem;

/**
 * A pasted case description of 10,000 characters searched through the generated client, in the body of
 * {@code POST /api/v1/cases/search}: it answers, it ranks the case it describes first, and where a description is short
 * enough for {@code GET /api/v1/cases} both forms give the same page, page on each other's cursors and export the same
 * file. Run on the embedded Lucene index and on a real Elasticsearch by the two subclasses, each in its own JVM (one
 * platform per JVM).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LongCaseDescriptions {

    /** The contract's promise for {@code q}. */
    static final int MAX_QUERY = 10_000;

    /** Real mediation-record sentences (neighbours, renovation noise, a water leak, wages, land, a shop): the pool. */
    private static final List<String[]> CASES = List.of(
            new String[] {"楼上装修噪音扰民纠纷", "住户王某反映，楼上邻居李某自今年三月起装修，电钻、切割声每天从早上七点持续到晚上十点，"
                    + "周末也不停工。王某家中老人患有高血压，夜间无法入睡，多次上楼协商，李某称工期紧张拒绝调整。王某向社区投诉，"
                    + "网格员上门核实，装修队确有夜间施工情况。"},
            new String[] {"卫生间渗水致楼下天花板受损", "住户陈某家卫生间防水层老化，洗澡水渗入楼下赵某家天花板，墙皮脱落、吊顶发霉。"
                    + "赵某要求陈某赔偿维修费用八千元并重做防水，陈某认为房屋年久失修应由物业负责，双方争执不下，物业称公共管道无问题。"},
            new String[] {"农民工讨要工资纠纷", "十二名农民工在某小区外墙保温工程完工后，包工头刘某以总包方未结算为由拖欠工资共计"
                    + "十八万元，工人多次讨要未果，聚集在项目部门口。街道劳动保障所介入，约谈总包方与包工头。"},
            new String[] {"宅基地边界围墙纠纷", "村民周某与邻居吴某因宅基地边界发生争执，周某新砌围墙占用了吴某主张的约半米宽通道，"
                    + "吴某推倒部分围墙，双方发生推搡。村委会调取一九九六年的宅基地登记资料，现场测量。"},
            new String[] {"商铺油烟扰民纠纷", "沿街餐馆排烟管道直接朝向居民楼，油烟和噪音影响二楼住户孙某一家生活，孙某多次向"
                    + "城管投诉，餐馆老板郑某称已安装净化器。社区组织双方与城管、市场监管人员现场查看排烟设施。"},
            new String[] {"宠物犬伤人赔偿纠纷", "居民冯某饲养的大型犬未拴绳，在小区花园咬伤邻居韩某的小孩，花去医药费和疫苗费"
                    + "三千余元。冯某只愿承担一半，称小孩先逗弄犬只，韩某要求全额赔偿并道歉。"});

    /** The narrative a pasted description is made of: the first case's story told at length, as a complainant writes it. */
    private static final List<String> NARRATIVE = List.of(
            "我是本小区三栋二单元五楼的住户，今年三月以来，楼上六楼的邻居一直在装修，电钻和切割的噪音每天从早上七点持续到晚上十点，周末也不停工。",
            "我家中有一位八十二岁的老人，患有高血压和心脏病，医生嘱咐需要安静休息，可是楼上装修的噪音让老人整夜无法入睡，血压一直不稳定。",
            "我先后五次上楼与邻居协商，请求他们避开中午和晚上施工，对方每次都说工期紧张，装修队按天收钱，不能停工，态度十分冷淡。",
            "我也多次找过物业，物业工作人员上门劝说过两次，但装修队当面答应，第二天照旧施工，物业表示没有执法权，只能劝导。",
            "根据小区的装修管理规定，装修时间为工作日上午八点至十二点、下午两点至六点，节假日不得进行有噪音的施工，楼上的做法明显违反规定。",
            "上周六晚上九点半，楼上还在用切割机切瓷砖，我录下了视频和分贝数，噪音超过七十分贝，我的孩子第二天要参加考试，整晚无法复习。",
            "我向社区网格员反映后，网格员上门核实，确认装修队确实存在夜间施工和周末施工的情况，并做了记录，但之后情况没有明显改善。",
            "我希望社区和街道能够出面调解，要求楼上邻居严格按照规定的时间施工，对已经造成的影响向我家道歉，并承担老人看病的部分费用。",
            "如果调解不成，我打算向人民法院起诉，要求停止侵害、赔偿损失，但我还是希望邻里之间能够协商解决，毕竟以后还要长期相处。",
            "另外，装修队在楼道里堆放建筑垃圾和装修材料，堵塞了消防通道，电梯也经常被占用运送材料，其他住户也有很大意见。");

    private String tag;
    private String seedId;

    /** The platform under test, as a user of 440800 with these roles. */
    abstract ArchiveApi archive(String... roles);

    abstract AuditApi audit();

    /** Tells this class's cases apart from every other test's in the shared database and index. */
    abstract String backendName();

    @BeforeAll
    void importTheCasesAndWaitUntilTheyAreSearchable() throws Exception {
        tag = "e2e-long-" + backendName();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < CASES.size(); i++) {
            lines.append(line("E2E-LONG-" + backendName() + "-" + i, CASES.get(i)[0], CASES.get(i)[1])).append('\n');
        }
        ImportSummary summary = archive("INTEGRATOR").importCases(lines.toString());
        assertThat(summary.getImported()).as("the pool is imported: %s", summary).isEqualTo((long) CASES.size());
        ArchiveApi auditor = archive("AUDITOR");
        CasePage all = null;
        for (int attempt = 0; attempt < 120; attempt++) {
            all = auditor.searchCasesByBody(new CaseSearchRequest().tag(List.of(tag)).sort(org.shizhi.client.model.CaseSort.NEWEST));
            if (all.getTotal() == CASES.size()) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(all.getTotal()).as("all %d imported cases are indexed within a minute", CASES.size()).isEqualTo(CASES.size());
        seedId = auditor.searchCasesByBody(new CaseSearchRequest().q("装修噪音").tag(List.of(tag))).getItems().get(0).getId();
    }

    @Test
    void aPastedDescriptionOfTenThousandCharactersIsSearchedByBodyAndFindsTheCaseItTells() throws Exception {
        // Pasted as people paste: with the final line break, which is not part of the query.
        String description = description(MAX_QUERY) + "\n";

        CasePage page = archive("AUDITOR").searchCasesByBody(new CaseSearchRequest().q(description).tag(List.of(tag)).limit(5));

        assertThat(description.strip()).hasSize(MAX_QUERY);
        assertThat(page.getItems()).as("a 10,000-character description answers hits").isNotEmpty();
        assertThat(page.getItems().get(0).getId()).as("the renovation-noise case the description tells ranks first: %s",
                titles(page)).isEqualTo(seedId);
        List<AuditEntry> searches = audit().listAuditEntries(null, AuditAction.SEARCH, null, null, null, null, 100).getItems();
        assertThat(searches).as("the search is audited with the whole description")
                .anySatisfy(e -> assertThat(e.getQuery()).isEqualTo(description.strip()));
    }

    @Test
    void aDescriptionOneCharacterOverTheLimitIsRefusedNamingQ() throws Exception {
        String tooLong = description(MAX_QUERY + 1);

        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> archive("AUDITOR").searchCasesByBody(new CaseSearchRequest().q(tooLong)));

        assertThat(refused).as("10,001 characters are refused").isNotNull();
        assertThat(refused.getCode()).as("a client's mistake: %s", refused.getResponseBody()).isEqualTo(400);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(problem(refused).getField()).as("the problem names the body's field").isEqualTo("q");
    }

    @Test
    void aDescriptionShortEnoughForGetGivesTheSameHitsByGetAndByBody() throws Exception {
        String description = description(300);
        ArchiveApi auditor = archive("AUDITOR");

        CasePage byGet = auditor.searchCases(description, null, null, null, null, null, null, null, null, null, List.of(tag),
                null, null, 1);
        CasePage byBody = auditor.searchCasesByBody(new CaseSearchRequest().q(description).tag(List.of(tag)).limit(1));

        assertThat(ids(byBody)).as("the same hits in the same order").isEqualTo(ids(byGet)).hasSize(1);
        assertThat(byBody.getTotal()).as("the same total").isEqualTo(byGet.getTotal()).isGreaterThan(1L);
        assertThat(byBody.getNextCursor()).as("both forms page").isNotNull();
        assertThat(byGet.getNextCursor()).isNotNull();

        CasePage secondByBodyWithGetsCursor = auditor.searchCasesByBody(new CaseSearchRequest().q(description).tag(List.of(tag))
                .limit(1).cursor(byGet.getNextCursor()));
        CasePage secondByGetWithBodysCursor = auditor.searchCases(description, null, null, null, null, null, null, null, null,
                null, List.of(tag), null, byBody.getNextCursor(), 1);
        CasePage secondByBody = auditor.searchCasesByBody(new CaseSearchRequest().q(description).tag(List.of(tag)).limit(1)
                .cursor(byBody.getNextCursor()));

        assertThat(ids(secondByBody)).as("the body form pages with its own cursor").hasSize(1).doesNotContainAnyElementsOf(ids(byBody));
        assertThat(ids(secondByBodyWithGetsCursor)).as("a GET page's cursor pages on in the body form").isEqualTo(ids(secondByBody));
        assertThat(ids(secondByGetWithBodysCursor)).as("a body page's cursor pages on by GET").isEqualTo(ids(secondByBody));
    }

    @Test
    void anExportByBodyEqualsTheExportByGet() throws Exception {
        String description = description(300);
        ArchiveApi auditor = archive("AUDITOR");

        String byGet = Files.readString(auditor.exportCases(ExportFormat.CSV, description, null, null, null, null, null, null,
                null, null, null, List.of(tag), null).toPath(), StandardCharsets.UTF_8);
        String byBody = Files.readString(auditor.exportCasesByBody(new CaseSearchRequest().q(description).tag(List.of(tag)),
                ExportFormat.CSV).toPath(), StandardCharsets.UTF_8);

        assertThat(byBody).as("the same CSV by either form").isEqualTo(byGet).startsWith("\uFEFF编号,");
        long hits = auditor.searchCasesByBody(new CaseSearchRequest().q(description).tag(List.of(tag))).getTotal();
        assertThat(byBody.lines().filter(l -> l.startsWith("im-")).count()).as("every hit of the search is exported")
                .isEqualTo(hits).isPositive();
        ApiException withCursor = catchThrowableOfType(ApiException.class,
                () -> auditor.exportCasesByBody(new CaseSearchRequest().q(description).limit(5), ExportFormat.CSV));
        assertThat(withCursor.getCode()).as("an export has no pages: %s", withCursor.getResponseBody()).isEqualTo(400);
        assertThat(problem(withCursor).getField()).isEqualTo("limit");
    }

    /** The first {@code length} characters of the complainant's story, told again with each further visit. */
    static String description(int length) {
        StringBuilder text = new StringBuilder();
        for (int round = 1; text.length() < length; round++) {
            for (String sentence : NARRATIVE) {
                text.append(sentence);
            }
            text.append("以上是第").append(round).append("次向社区反映的情况。");
        }
        return text.substring(0, length);
    }

    private Problem problem(ApiException e) throws Exception {
        return new org.shizhi.client.ApiClient().getObjectMapper().readValue(e.getResponseBody(), Problem.class);
    }

    private static List<String> ids(CasePage page) {
        return page.getItems().stream().map(CaseHit::getId).toList();
    }

    private static List<String> titles(CasePage page) {
        List<String> titles = new ArrayList<>();
        page.getItems().forEach(h -> titles.add(h.getTitle() + " (" + h.getId() + ", " + h.getScore() + ")"));
        return titles;
    }

    private String line(String externalId, String title, String facts) {
        return "{\"externalId\":\"" + externalId + "\",\"cityCode\":\"440800\",\"areaCode\":\"440802001001\",\"caseType\":\"邻里纠纷\","
                + "\"title\":\"" + title + "\",\"facts\":\"" + facts + "\",\"reasoning\":\"依据相关规定调解。\",\"outcome\":\"双方达成调解协议。\","
                + "\"fullText\":\"\",\"occurredOn\":\"2024-03-02\",\"closedOn\":\"2024-04-20\",\"tags\":[\"" + tag + "\"]}";
    }
}
