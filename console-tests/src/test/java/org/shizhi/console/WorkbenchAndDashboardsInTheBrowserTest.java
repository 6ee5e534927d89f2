package org.shizhi.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shizhi.platformprocess.PlatformProcess;

/**
 * The workbench and the dashboards in headless Chromium, against the platform started as {@code ./shizhi start} starts
 * it with the demo cities (the demo platform shared with the other browser test classes (DemoPlatform), one browser for the class, a fresh browser context per test): events moved
 * through their transitions by a street officer, a stale edit explained, every chart drawn with data, the grid map drawn
 * from the platform's GeoJSON, other districts' and cities' items shown to no one, axe-core on each new page. As in
 * {@link ConsoleInTheBrowserTest}, every /console answer must carry the policy and no page may violate it.
 */
@ExtendWith(DemoPlatform.class)
class WorkbenchAndDashboardsInTheBrowserTest {

    private static final Path ROOT = Path.of(System.getProperty("shizhi.root", "..")).toAbsolutePath().normalize();
    private static final Path SCREENSHOTS = ROOT.resolve("console-tests/target/console-screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Chengdu's 总府路社区, in the street officer's street (510104022000) and the community staff's jurisdiction. */
    private static final String ZONGFU = "510104022001";
    /** The department the demo's Chengdu department user belongs to. */
    private static final String DEPARTMENT = "jinjiang-housing";

    private static PlatformProcess platform;
    private static Playwright playwright;
    private static Browser browser;

    private BrowserContext context;
    private Page page;
    private PolicyWatch policies;

    @BeforeAll
    static void startThePlatformAndTheBrowser() throws Exception {
        Path chromium = Chromium.ensure();
        platform = DemoPlatform.platform();
        awaitDemoNotices();
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright, chromium);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openAPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1400, 1000));
        page = context.newPage();
        page.setDefaultTimeout(20_000);
        policies = PolicyWatch.on(page, platform.base().toString(), ConsoleInTheBrowserTest.POLICY);
    }

    @AfterEach
    void everyConsoleAnswerCarriedThePolicyAndNoPageViolatedIt(TestInfo test) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName() + ".png"))
                .setFullPage(true));
        context.close();
        policies.assertNoneSeen();
    }

    private String console(String path) {
        return platform.base() + "/console/" + path;
    }

    private void signInAs(String user) {
        page.navigate(console("#/sign-in"));
        page.locator("[data-user='" + user + "']").click();
        assertThat(page.locator("[data-who=subject]")).hasText(user);
    }

    /** Opens a console address as a fresh document and prints how long, in the browser, until {@code ready} showed. */
    private void openAndTime(String what, String address, Locator ready) {
        page.navigate("about:blank");
        page.navigate(console(address));
        assertThat(ready).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        Object ms = page.evaluate("() => performance.now()");
        System.out.printf("[console-tests] load time: %s %.0f ms from navigation start%n", what, ((Number) ms).doubleValue());
    }

    /**
     * The district's mediator (MEDIATOR of 510104) works a dispute of 总府路社区 opened through the API: the list shows
     * it, its page offers exactly the dispute's `actions` (on OPENED: accept, escalate, change channel, record the
     * outcome; no session yet), accepting it moves it on and changes the offer (a session now, no second acceptance),
     * a channel change sent without its reason shows the API's refusal beside the reason, sent with it is recorded
     * (three timeline entries); the city admin, who may read disputes but not mediate, is offered nothing.
     */
    @Test
    void aMediatorIsOfferedOnlyTheDisputesOpenStepsAndTakesTwo() throws Exception {
        String dispute = ok(api("chengdu-mediator", "POST", "/api/v1/disputes", "{\"source\":\"WALK_IN\",\"areaCode\":\"" + ZONGFU
                + "\",\"type\":\"LABOUR\",\"parties\":[{\"kind\":\"PERSON\",\"role\":\"APPLICANT\",\"name\":\"魏明\","
                + "\"idNumber\":\"11010519491231002X\",\"phone\":\"13812345678\"},{\"kind\":\"ORGANISATION\",\"role\":\"RESPONDENT\","
                + "\"name\":\"锦江某汽车配件厂\"}],\"facts\":\"工作台测试：魏某在汽车配件厂上班时左手小指被机器压伤。\","
                + "\"claims\":\"要求赔偿医疗费2293元。\",\"risk\":{\"level\":\"LOW\",\"reasons\":[]}}", null), "opening a dispute")
                .body().get("dispute").get("id").asText();
        signInAs("chengdu-mediator");

        page.navigate(console("#/work/disputes"));
        page.locator("#f-state").selectOption("OPENED");
        page.locator("[data-action=filter]").click();
        assertThat(page.locator("[data-list=disputes] [data-item='" + dispute + "']")).isVisible();

        openAndTime("workbench, a dispute with its timeline and steps", "#/dispute/" + dispute, page.locator("[data-timeline] li").first());
        assertThat(page.locator("[data-dispute-state]")).hasAttribute("data-dispute-state", "OPENED");
        assertThat(offered()).containsExactlyInAnyOrder("ACCEPT", "ESCALATE", "CHANGE_CHANNEL", "CONCLUDE");

        page.locator("[data-transition=ACCEPT] [data-action=ACCEPT]").click();
        assertThat(page.locator("[data-dispute-state]")).hasAttribute("data-dispute-state", "ACCEPTED");
        assertThat(page.locator("[data-notice=changed]")).isVisible();
        assertThat(offered()).containsExactlyInAnyOrder("HOLD_SESSION", "CONVENE", "CONCLUDE", "CHANGE_CHANNEL", "ESCALATE");

        Locator channel = page.locator("[data-transition=CHANGE_CHANNEL]");
        channel.locator("select[name=channel]").selectOption("JUDICIAL");
        channel.locator("[data-action=CHANGE_CHANNEL]").click();
        assertThat(channel.locator("[data-error-for=reason]")).containsText("reason");
        assertThat(page.locator("[data-dispute-state]")).hasAttribute("data-dispute-state", "ACCEPTED");
        channel.locator("textarea[name=reason]").fill("法院诉前委派");
        channel.locator("[data-action=CHANGE_CHANNEL]").click();
        assertThat(page.locator("[data-timeline] li")).hasCount(3);
        assertThat(page.locator("dd", new Page.LocatorOptions().setHasText("司法调解"))).isVisible();
        assertThat(ok(api("chengdu-mediator", "GET", "/api/v1/disputes/" + dispute, null, null), "reading the dispute").body()
                .get("channel").asText()).isEqualTo("JUDICIAL");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("dispute-mediator.png")).setFullPage(true));

        page.locator("#sign-out").click();
        signInAs("chengdu-city-admin");
        page.navigate(console("#/dispute/" + dispute));
        assertThat(page.locator("[data-no-transition]")).isVisible();
        assertThat(page.locator("form[data-transition]")).hasCount(0);
    }

    /** The sum of every data point of a chart's series (a pie's values, a bar's numbers), as ECharts holds them. */
    private long chartTotal(String key) {
        Object total = page.evaluate("key => echarts.getInstanceByDom(document.querySelector(`[data-chart-body=\"${key}\"]`)).getOption()"
                + ".series.reduce((n, s) => n + (s.data || []).reduce((m, d) => m + (Number(typeof d === 'object' && d !== null ? d.value : d) || 0), 0), 0)", key);
        return ((Number) total).longValue();
    }

    /** The names of a chart's series (a bar chart's legend). */
    private List<String> seriesNames(String key) {
        Object names = page.evaluate("key => echarts.getInstanceByDom(document.querySelector(`[data-chart-body=\"${key}\"]`)).getOption()"
                + ".series.map(s => s.name)", key);
        return names instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    /** The steps the dispute's page offers, by their DisputeAction. */
    private List<String> offered() {
        page.locator("[data-timeline] li").first().waitFor();
        return page.locator("form[data-transition]").evaluateAll("forms => forms.map(f => f.dataset.transition)") instanceof List<?> list
                ? list.stream().map(String::valueOf).toList() : List.of();
    }

    @Test
    void aStreetOfficerMovesAnEventThroughTwoTransitionsAndSeesAStaleEditExplained() throws Exception {
        String event = acceptedEvent("小区消防通道被私家车长期占用，消防车无法通行");
        signInAs("chengdu-street-officer");

        // The list of the street's events, filtered by state, paged by cursor.
        openAndTime("workbench, events list", "#/work/events", page.locator("[data-list=events] tbody tr").first());
        page.locator("#f-state").selectOption("ACCEPTED");
        page.locator("[data-action=filter]").click();
        assertThat(page.locator("[data-item='" + event + "']")).isVisible();
        // Waits for the filtered page (the event was on the unfiltered one too): no row in another state.
        assertThat(page.locator("[data-list=events] [data-col=state]").filter(new Locator.FilterOptions().setHasNotText("已受理")))
                .hasCount(0);
        for (String state : page.locator("[data-list=events] [data-col=state]").allTextContents()) {
            assertThat(state).isEqualTo("已受理");
        }
        page.locator("#f-state").selectOption("");
        page.locator("#f-limit").selectOption("10");
        page.locator("[data-action=filter]").click();
        assertThat(page.locator("[data-list=events] tbody tr")).hasCount(10);
        String first = page.locator("[data-list=events] tbody tr").first().getAttribute("data-item");
        page.locator("[data-page=next]").click();
        assertThat(page.locator("[data-page-number]")).hasAttribute("data-page-number", "2");
        assertThat(page.locator("[data-list=events] tbody tr").first()).not().hasAttribute("data-item", first);
        page.locator("[data-page=previous]").click();
        assertThat(page.locator("[data-list=events] tbody tr").first()).hasAttribute("data-item", first);

        // The event's page: only the transitions a street officer may take from ACCEPTED.
        openAndTime("workbench, an event with its timeline", "#/event/" + event, page.locator("[data-timeline] li").first());
        assertThat(page.locator("[data-event-state]")).hasAttribute("data-event-state", "ACCEPTED");
        assertThat(page.locator("[data-transition=call]")).isVisible();
        assertThat(page.locator("[data-transition=reject]")).isVisible();
        assertThat(page.locator("[data-transition=dispatch]")).hasCount(0); // not from ACCEPTED
        assertThat(page.locator("[data-transition=start]")).hasCount(0); // departments only
        assertThat(page.locator("[data-transition=verdict]")).hasCount(0); // not a street officer's

        // First transition: call to the street.
        page.locator("#call-remark").fill("街道统筹协调");
        page.locator("[data-action=call]").click();
        assertThat(page.locator("[data-event-state]")).hasAttribute("data-event-state", "CALLED");
        assertThat(page.locator("[data-notice=changed]")).containsText("街道呼叫");

        // Second: dispatch. Without a department the API's refusal is shown beside the field it names.
        page.locator("[data-action=dispatch]").click();
        assertThat(page.locator("[data-transition=dispatch] [data-error-for=departments]")).not().isEmpty();
        assertThat(page.locator("[data-event-state]")).hasAttribute("data-event-state", "CALLED");
        page.locator("#dispatch-departments").fill(DEPARTMENT);
        page.locator("[data-action=dispatch]").click();
        assertThat(page.locator("[data-event-state]")).hasAttribute("data-event-state", "DISPATCHED");
        assertThat(page.locator("[data-timeline] li")).hasCount(4); // reported, accepted, called, dispatched
        assertThat(page.locator("[data-transition=dispatch]")).hasCount(0);

        // A stale edit: the officer types a reason to reject a reported event; meanwhile the community accepts it
        // through the API. The page explains, shows the event as it stands, and the reason typed is still there.
        String reported = reportedEvent("楼道堆放杂物，存在火灾隐患");
        page.navigate(console("#/event/" + reported));
        assertThat(page.locator("[data-event-state]")).hasAttribute("data-event-state", "REPORTED");
        page.locator("#reject-reason").fill("重复上报，已并入其他事件处理");
        changeBehindThePagesBack(reported, "accept", "chengdu-community-staff", "{}");
        page.locator("[data-action=reject]").click();
        assertThat(page.locator("[data-notice=stale]")).isVisible();
        assertThat(page.locator("[data-notice=stale]")).containsText("已被他人修改");
        assertThat(page.locator("[data-event-state]")).hasAttribute("data-event-state", "ACCEPTED");
        assertThat(page.locator("#reject-reason")).hasValue("重复上报，已并入其他事件处理");
        // Sent again, now against the version it was shown: accepted by the API.
        page.locator("[data-action=reject]").click();
        assertThat(page.locator("[data-event-state]")).hasAttribute("data-event-state", "REJECTED");

        // A stale edit after which the transition is no longer possible: what was typed is still shown.
        String accepted = acceptedEvent("小区路灯损坏多日无人维修");
        page.navigate(console("#/event/" + accepted));
        page.locator("#call-remark").fill("请街道协调供电部门");
        changeBehindThePagesBack(accepted, "call", "chengdu-community-staff", "{}");
        page.locator("[data-action=call]").click();
        assertThat(page.locator("[data-notice=stale]")).isVisible();
        assertThat(page.locator("[data-event-state]")).hasAttribute("data-event-state", "CALLED");
        assertThat(page.locator("[data-transition=call]")).hasCount(0);
        assertThat(page.locator("[data-kept]")).containsText("请街道协调供电部门");
    }

    @Test
    void theDashboardDrawsEveryChartWithDataAndTheGridMap() throws Exception {
        JsonNode grids = ok(api("chengdu-city-admin", "GET", "/api/v1/areas/" + ZONGFU + "/grids?limit=100", null, null), "grids")
                .body().get("items");
        int bounded = 0;
        for (JsonNode grid : grids) {
            bounded += grid.hasNonNull("boundary") ? 1 : 0;
        }
        assertThat(bounded).as("grids of %s with the boundary the demo gave them", ZONGFU).isPositive();
        // The departments' scheme of this month and the two before, run as a city would: the demo's summonses lie in its
        // last eight weeks, so in one of them whatever the day (the demo runs only last month's, before its summonses).
        java.time.YearMonth month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai"));
        for (int back = 2; back >= 0; back--) {
            ok(api("chengdu-city-admin", "POST", "/api/v1/assessment/schemes/department-monthly/runs",
                    "{\"area\":\"510104000000\",\"period\":\"" + month.minusMonths(back) + "\"}", null),
                    "running the departments' scheme");
        }
        signInAs("chengdu-city-admin");
        List<String> calls = new CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (request.url().contains("/api/v1/")) {
                calls.add(request.url());
            }
        });
        openAndTime("dashboard of the city, every chart drawn", "#/dashboard?community=" + ZONGFU,
                page.locator(".dashboard[data-ready=true]"));
        System.out.printf("[console-tests] dashboard of the city: %d API calls%n", calls.size());
        assertThat(calls.stream().filter(url -> url.contains("/weekly-digest?")))
                .as("the city's own weeks only: the districts' digests come in one call").hasSize(8)
                .allSatisfy(url -> assertThat(url).contains("/areas/510100"));
        assertThat(calls.stream().filter(url -> url.contains("/children/weekly-digests"))).hasSize(1);
        assertThat(calls.stream().filter(url -> url.contains("/event-state-weeks?")))
                .as("events by state over the eight weeks: one call, counted by the store").hasSize(1);
        assertThat(calls.stream().filter(url -> url.contains("/dispute-breakdown?")))
                .as("disputes by type and by channel: one call, grouped by the store").hasSize(1);
        Locator charts = page.locator("[data-chart-body]");
        assertThat(charts).hasCount(12);
        for (String key : charts.evaluateAll("els => els.map(e => e.dataset.chartBody)").toString().replaceAll("[\\[\\] ]", "").split(",")) {
            Object points = page.evaluate("key => { const chart = echarts.getInstanceByDom(document.querySelector(`[data-chart-body=\"${key}\"]`));"
                    + " if (!chart) return -1; return chart.getOption().series.reduce((n, s) => n + (s.data || []).length, 0); }", key);
            assertThat(((Number) points).intValue()).as("data points of the chart %s", key).isPositive();
        }
        assertThat(page.evaluate("() => echarts.getInstanceByDom(document.querySelector('[data-chart-body=map]')).getOption().series[0].type"))
                .isEqualTo("map");
        assertThat(page.locator("[data-chart-body=map] canvas")).isVisible();
        // The new charts draw what the API answered: every event of the eight weeks by its state now (a bar per week,
        // a series per state, named in Chinese), every dispute of the year by type and by channel.
        JsonNode weeks = ok(api("chengdu-city-admin", "GET", "/api/v1/areas/510100/event-state-weeks?weeks=8", null, null),
                "events by state").body();
        long events = 0;
        for (JsonNode cell : weeks.get("counts")) {
            events += cell.get("count").asLong();
        }
        assertThat(events).as("events the demo reported in Chengdu in the last eight weeks").isPositive();
        assertThat(chartTotal("byState")).as("the events drawn by state").isEqualTo(events);
        assertThat(seriesNames("byState")).as("states named in Chinese, never the codes").contains("已上报").noneMatch(n -> n.matches("[A-Z_]+"));
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        JsonNode breakdown = ok(api("chengdu-city-admin", "GET", "/api/v1/areas/510100/dispute-breakdown?from=" + today.minusDays(365)
                + "&to=" + today, null, null), "disputes by type and channel").body();
        long byType = 0;
        long byChannel = 0;
        for (JsonNode c : breakdown.get("byType")) {
            byType += c.get("count").asLong();
        }
        for (JsonNode c : breakdown.get("byChannel")) {
            byChannel += c.get("count").asLong();
        }
        assertThat(byType).as("disputes opened in Chengdu in the last year").isPositive().isEqualTo(byChannel);
        assertThat(chartTotal("disputeTypes")).as("the disputes drawn by type").isEqualTo(byType);
        assertThat(chartTotal("disputeChannels")).as("the disputes drawn by channel").isEqualTo(byChannel);
        assertThat(page.evaluate("() => echarts.getInstanceByDom(document.querySelector('[data-chart-body=disputeChannels]')).getOption().series[0].type"))
                .isEqualTo("pie");
        assertThat(page.locator("[data-notice-id]").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("dashboard.png")).setFullPage(true));

        // Big screen: larger type, every chart again, refreshed by itself.
        page.locator("[data-action=big]").click();
        assertThat(page.locator("body")).hasClass("big");
        assertThat(page.locator(".dashboard[data-ready=true]")).isVisible();
        assertThat(page.locator("[data-chart-body][data-drawn=true]")).hasCount(12);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("dashboard-big-screen.png")).setFullPage(true));
        page.locator("[data-action=big]").click();
        assertThat(page.locator("body")).not().hasClass("big");
    }

    @Test
    void aDistrictsUserSeesNothingOfAnotherDistrictOrCityThroughThePagesOrTheApi() throws Exception {
        String otherDistrict = firstId("chengdu-city-admin", "/api/v1/events?area=510107&limit=1");
        String otherCity = firstId("zhanjiang-city-admin", "/api/v1/events?limit=1");
        String otherDispute = firstId("zhanjiang-city-admin", "/api/v1/disputes?limit=1");
        signInAs("chengdu-street-officer");

        for (String id : List.of(otherDistrict, otherCity)) {
            page.navigate(console("#/event/" + id));
            assertThat(page.locator("[data-refused]")).hasAttribute("data-refused", "404");
            assertThat(page.locator("[data-event-text]")).hasCount(0);
            assertThat(page.locator("[data-timeline]")).hasCount(0);
        }
        page.navigate(console("#/dispute/" + otherDispute));
        assertThat(page.locator("[data-refused]")).hasAttribute("data-refused", "404");

        // The lists: another district's area is refused beside the area field, nothing listed.
        page.navigate(console("#/work/events"));
        assertThat(page.locator("[data-list=events] tbody tr").first()).isVisible();
        for (String area : List.of("510107", "440802")) {
            page.locator("#f-area").fill(area);
            page.locator("[data-action=filter]").click();
            assertThat(page.locator("form.filters .error:not(:empty)").first()).isVisible();
            assertThat(page.locator("[data-list=events]")).hasCount(0);
        }

        // The same through the API with the page's own token.
        @SuppressWarnings("unchecked")
        List<Object> statuses = (List<Object>) page.evaluate("async (ids) => { const token = JSON.parse(sessionStorage.getItem('shizhi.session')).token;"
                + " const status = p => fetch(p, { headers: { Authorization: `Bearer ${token}` } }).then(r => r.status);"
                + " return Promise.all([status(`/api/v1/events/${ids[0]}`), status(`/api/v1/events/${ids[1]}`),"
                + " status(`/api/v1/events/${ids[0]}/timeline`), status(`/api/v1/disputes/${ids[2]}`),"
                + " status('/api/v1/events?area=510107'), status('/api/v1/events?area=440802')]); }",
                List.of(otherDistrict, otherCity, otherDispute));
        assertThat(statuses).allSatisfy(status -> assertThat(((Number) status).intValue()).isIn(403, 404));
    }

    @Test
    void anAuditorReadsTheAuditLogVerifiesItsChainAndFindsTheirOwnEntries() throws Exception {
        // An entry of the auditor's own: a search of the archive through the API.
        ok(api("chengdu-auditor", "POST", "/api/v1/cases/search", "{\"q\":\"漏水\",\"limit\":1}", null), "a search");
        signInAs("chengdu-auditor");
        openAndTime("audit log", "#/work/audit", page.locator("[data-list=audit] tbody tr").first());
        page.locator("[data-action=verify]").click();
        assertThat(page.locator("[data-chain]")).hasAttribute("data-chain", "intact");
        page.locator("[data-action=mine]").click();
        assertThat(page.locator("#f-subject")).hasValue("chengdu-auditor");
        assertThat(page.locator("[data-list=audit] tbody tr").first()).isVisible();
        for (String subject : page.locator("[data-list=audit] [data-col=subject]").allTextContents()) {
            assertThat(subject).isEqualTo("chengdu-auditor");
        }
        List<String> found = new ArrayList<>(Axe.seriousOrCritical(page, "audit log"));
        assertThat(found).as("serious or critical axe-core violations (WCAG 2 A and AA)").isEmpty();

        // Not a tab for other roles (the API refuses them the log: AUDITOR only).
        page.locator("#sign-out").click();
        signInAs("chengdu-street-officer");
        page.navigate(console("#/work/events"));
        assertThat(page.locator(".tabs a[href='#/work/events']")).isVisible();
        assertThat(page.locator(".tabs a[href='#/work/audit']")).hasCount(0);
    }

    @Test
    void noNewPageHasASeriousOrCriticalAccessibilityViolation() throws Exception {
        List<String> found = new ArrayList<>();
        signInAs("chengdu-street-officer");
        page.navigate(console("#/work/events"));
        assertThat(page.locator("[data-list=events] tbody tr").first()).isVisible();
        found.addAll(Axe.seriousOrCritical(page, "events list"));
        page.locator("[data-list=events] tbody tr a").first().click();
        assertThat(page.locator("[data-timeline] li").first()).isVisible();
        found.addAll(Axe.seriousOrCritical(page, "event page"));
        page.navigate(console("#/work/disputes"));
        assertThat(page.locator("[data-list=disputes] tbody tr").first()).isVisible();
        found.addAll(Axe.seriousOrCritical(page, "disputes list"));
        page.locator("[data-list=disputes] tbody tr a").first().click();
        assertThat(page.locator("[data-timeline] li").first()).isVisible();
        found.addAll(Axe.seriousOrCritical(page, "dispute page"));
        page.navigate(console("#/work/supervision-tasks"));
        assertThat(page.locator("[data-page-number]")).isVisible();
        found.addAll(Axe.seriousOrCritical(page, "supervision tasks"));
        page.navigate(console("#/dashboard"));
        assertThat(page.locator(".dashboard[data-ready=true]")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        found.addAll(Axe.seriousOrCritical(page, "dashboard"));
        page.locator("#lang").selectOption("en");
        assertThat(page.locator("h1")).containsText("Dashboards");
        assertThat(page.locator(".dashboard[data-ready=true]")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        found.addAll(Axe.seriousOrCritical(page, "dashboard in English"));
        assertThat(found).as("serious or critical axe-core violations (WCAG 2 A and AA)").isEmpty();
    }

    /**
     * The dispute forms' dropdowns name their choices in Chinese (in English after the switch), never by the contract's
     * codes; the choice is still sent as its code (a channel chosen by its label arrives as ADMINISTRATIVE).
     */
    @Test
    void aDisputesDropdownsShowChineseLabelsOrEnglishOnesAndSendTheCodes() throws Exception {
        String dispute = ok(api("chengdu-mediator", "POST", "/api/v1/disputes", "{\"source\":\"WALK_IN\",\"areaCode\":\"" + ZONGFU
                + "\",\"type\":\"NEIGHBOURHOOD\",\"parties\":[{\"kind\":\"PERSON\",\"role\":\"APPLICANT\",\"name\":\"周红\"},"
                + "{\"kind\":\"PERSON\",\"role\":\"RESPONDENT\",\"name\":\"吴刚\"}],\"facts\":\"下拉框测试：楼上漏水殃及楼下。\","
                + "\"claims\":\"要求修复。\",\"risk\":{\"level\":\"LOW\",\"reasons\":[]}}", null), "opening a dispute")
                .body().get("dispute").get("id").asText();
        signInAs("chengdu-mediator");
        page.navigate(console("#/dispute/" + dispute));
        assertThat(page.locator("[data-timeline] li").first()).isVisible();

        assertThat(optionLabels("CONCLUDE", "kind")).containsExactly("达成调解协议", "调解不成", "撤回申请");
        assertThat(optionLabels("CONCLUDE", "referral")).containsExactly("转诉讼", "转仲裁");
        assertThat(optionLabels("CHANGE_CHANNEL", "channel")).containsExactly("人民调解", "行政调解", "司法调解");
        List<String> every = page.locator("form[data-transition] select option:not([value=''])").allTextContents();
        assertThat(every).as("every choice of every dropdown on the page").isNotEmpty()
                .noneMatch(label -> label.matches("[A-Z_]+"));
        List<String> values = page.locator("form[data-transition=CONCLUDE] select[name=kind] option:not([value=''])")
                .evaluateAll("os => os.map(o => o.value)") instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
        assertThat(values).as("the values sent are the contract's codes").containsExactly("AGREEMENT", "FAILURE", "WITHDRAWAL");

        page.locator("#lang").selectOption("en");
        assertThat(page.locator("h1")).containsText("Dispute");
        assertThat(optionLabels("CONCLUDE", "kind")).containsExactly("Agreement reached", "Mediation failed", "Withdrawn");
        assertThat(optionLabels("CHANGE_CHANNEL", "channel")).containsExactly("People's mediation", "Administrative mediation",
                "Judicial mediation");
        page.locator("#lang").selectOption("zh-CN");

        Locator channel = page.locator("[data-transition=CHANGE_CHANNEL]");
        channel.locator("select[name=channel]").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("行政调解"));
        channel.locator("textarea[name=reason]").fill("涉及物业管理，转行政调解");
        channel.locator("[data-action=CHANGE_CHANNEL]").click();
        assertThat(page.locator("[data-timeline] li")).hasCount(2);
        assertThat(ok(api("chengdu-mediator", "GET", "/api/v1/disputes/" + dispute, null, null), "reading the dispute").body()
                .get("channel").asText()).isEqualTo("ADMINISTRATIVE");

        // Accepted, the consultation's further bodies are offered as named checkboxes (the first three always come).
        page.locator("[data-transition=ACCEPT] [data-action=ACCEPT]").click();
        assertThat(page.locator("[data-dispute-state]")).hasAttribute("data-dispute-state", "ACCEPTED");
        assertThat(page.locator("[data-choices=bodies] label")).containsText(new String[] {"妇联", "民政部门", "治保会", "党群服务中心",
                "网格员", "村（社区）干部"});
        List<String> found = new ArrayList<>(Axe.seriousOrCritical(page, "dispute with its dropdowns"));
        assertThat(found).as("serious or critical axe-core violations (WCAG 2 A and AA)").isEmpty();
    }

    private List<String> optionLabels(String transition, String field) {
        return page.locator("form[data-transition=" + transition + "] select[name=" + field + "] option:not([value=''])").allTextContents();
    }

    /**
     * A street officer, not an auditor, reads their own audit trail: their searches are there (the words searched, the
     * hits), an auditor's search made just before is not, every entry is theirs; the full log stays refused to them.
     * The auditor still finds the officer's search in the full log.
     */
    @Test
    void aStreetOfficerReadsTheirOwnAuditTrailAndNothingOfOthers() throws Exception {
        String mine = "楼道漏水 " + Long.toString(System.nanoTime(), 36);
        String theAuditors = "噪音扰民 " + Long.toString(System.nanoTime(), 36);
        ok(api("chengdu-auditor", "POST", "/api/v1/cases/search", "{\"q\":\"" + theAuditors + "\",\"limit\":1}", null), "the auditor's search");
        ok(api("chengdu-street-officer", "POST", "/api/v1/cases/search", "{\"q\":\"" + mine + "\",\"limit\":1}", null), "the officer's search");
        signInAs("chengdu-street-officer");

        openAndTime("my audit trail", "#/work/my-audit", page.locator("[data-list=my-audit] tbody tr").first());
        assertThat(page.locator(".tabs a[href='#/work/my-audit']")).hasAttribute("aria-current", "page");
        assertThat(page.locator(".tabs a[href='#/work/audit']")).hasCount(0);
        assertThat(page.locator("[data-intro]")).containsText("只有您本人和审计员");
        assertThat(page.locator("[data-list=my-audit] tbody tr", new Page.LocatorOptions().setHasText(mine))).hasCount(1);
        assertThat(page.locator("[data-list=my-audit] tbody tr", new Page.LocatorOptions().setHasText(mine)).locator("[data-col=action]"))
                .hasText("检索");
        assertThat(page.locator("[data-list=my-audit]")).not().containsText(theAuditors);
        page.locator("#f-action").selectOption("READ");
        page.locator("[data-action=filter]").click();
        assertThat(page.locator("[data-list=my-audit] tbody tr", new Page.LocatorOptions().setHasText(mine))).hasCount(0);
        page.locator("#f-action").selectOption("SEARCH");
        page.locator("[data-action=filter]").click();
        assertThat(page.locator("[data-list=my-audit] tbody tr", new Page.LocatorOptions().setHasText(mine))).hasCount(1);
        List<String> found = new ArrayList<>(Axe.seriousOrCritical(page, "my audit trail"));
        assertThat(found).as("serious or critical axe-core violations (WCAG 2 A and AA)").isEmpty();

        // The page's own token: every entry of the trail is the officer's; the full log is still the auditors'.
        @SuppressWarnings("unchecked")
        List<Object> answer = (List<Object>) page.evaluate("async () => { const token = JSON.parse(sessionStorage.getItem('shizhi.session')).token;"
                + " const h = { headers: { Authorization: `Bearer ${token}` } };"
                + " const mine = await fetch('/api/v1/audit/mine?limit=100', h).then(r => r.json());"
                + " const full = await fetch('/api/v1/audit', h).then(r => r.status);"
                + " return [mine.items.map(e => e.subject).filter(s => s !== 'chengdu-street-officer').length, mine.items.length, full]; }");
        assertThat(((Number) answer.get(0)).intValue()).as("entries of another subject in the officer's trail").isZero();
        assertThat(((Number) answer.get(1)).intValue()).as("entries in the officer's trail").isPositive();
        assertThat(((Number) answer.get(2)).intValue()).as("the full audit log asked for with the officer's token").isEqualTo(403);

        // The auditor keeps the whole log, the officer's search in it.
        JsonNode full = ok(api("chengdu-auditor", "GET", "/api/v1/audit?subject=chengdu-street-officer&action=SEARCH&limit=100", null, null),
                "the auditor's log").body();
        boolean seen = false;
        for (JsonNode entry : full.get("items")) {
            seen |= entry.get("query").asText().contains(mine);
        }
        assertThat(seen).as("the officer's search in the auditor's full log").isTrue();
    }

    /**
     * A street officer of 春熙路街道 (510104022000) and a neighbouring street of the same district: its events and disputes
     * are in no list the officer opens, an area filter naming it is refused beside the field with no rows, and their
     * addresses typed into the browser show a clear refusal in words (not an error dump) and nothing of the item.
     */
    @Test
    void aStreetOfficerSeesNothingOfANeighbouringStreetInTheListsOrByTypedAddresses() throws Exception {
        String street = null;
        String event = null;
        for (JsonNode child : ok(api("chengdu-city-admin", "GET", "/api/v1/areas/510104000000/children", null, null), "Jinjiang's streets")
                .body().get("items")) {
            String code = child.get("code").asText();
            if (code.equals("510104022000")) {
                continue;
            }
            JsonNode items = ok(api("chengdu-city-admin", "GET", "/api/v1/events?area=" + code + "&limit=1", null, null), "events of " + code)
                    .body().get("items");
            if (!items.isEmpty()) {
                street = code;
                event = items.get(0).get("id").asText();
                break;
            }
        }
        assertThat(street).as("a street of 锦江区 other than 春熙路街道 with demo events").isNotNull();
        String community = ok(api("chengdu-city-admin", "GET", "/api/v1/areas/" + street + "/children", null, null), "its communities")
                .body().get("items").get(0).get("code").asText();
        String dispute = ok(api("chengdu-mediator", "POST", "/api/v1/disputes", "{\"source\":\"WALK_IN\",\"areaCode\":\"" + community
                + "\",\"type\":\"NEIGHBOURHOOD\",\"parties\":[{\"kind\":\"PERSON\",\"role\":\"APPLICANT\",\"name\":\"郑敏\"},"
                + "{\"kind\":\"PERSON\",\"role\":\"RESPONDENT\",\"name\":\"冯军\"}],\"facts\":\"隔壁街道的纠纷：占用公共楼道。\","
                + "\"claims\":\"要求清理。\",\"risk\":{\"level\":\"LOW\",\"reasons\":[]}}", null), "a dispute of the other street")
                .body().get("dispute").get("id").asText();
        signInAs("chengdu-street-officer");

        // The lists: every row the officer's street's, none of the other street's items.
        page.navigate(console("#/work/events"));
        assertThat(page.locator("[data-list=events] tbody tr").first()).isVisible();
        page.locator("#f-limit").selectOption("100");
        page.locator("[data-action=filter]").click();
        assertThat(page.locator("[data-list=events] tbody tr").first()).isVisible();
        assertThat(page.locator("[data-list=events] [data-col=grid]").allTextContents()).as("the grids of the listed events")
                .allSatisfy(grid -> assertThat(grid).startsWith("510104022"));
        assertThat(page.locator("[data-item='" + event + "']")).hasCount(0);
        page.navigate(console("#/work/disputes"));
        assertThat(page.locator("[data-page-number]")).isVisible();
        assertThat(page.locator("[data-list=disputes] [data-col=area]").allTextContents()).as("the areas of the listed disputes")
                .allSatisfy(area -> assertThat(area).startsWith("510104022"));
        assertThat(page.locator("[data-item='" + dispute + "']")).hasCount(0);
        for (String list : List.of("events", "disputes")) {
            page.navigate(console("#/work/" + list));
            assertThat(page.locator("[data-page-number]")).isVisible();
            page.locator("#f-area").fill(street);
            page.locator("[data-action=filter]").click();
            assertThat(page.locator("form.filters .error:not(:empty)").first()).isVisible();
            assertThat(page.locator("[data-list=" + list + "]")).hasCount(0);
        }

        // Typed addresses: a refusal in words, the way back, nothing of the item, no stack or JSON.
        page.navigate(console("#/event/" + event));
        assertThat(page.locator("[data-refused]")).hasAttribute("data-refused", "404");
        assertThat(page.locator("[data-refused] h1")).hasText("找不到此事项：它不存在，或不在您的辖区内。");
        assertThat(page.locator("main a[href='#/work/events']")).hasText("返回事件列表");
        assertThat(page.locator("[data-event-text], [data-timeline], form[data-transition]")).hasCount(0);
        assertThat(page.locator("main")).not().containsText("{");
        assertThat(page.locator("main")).not().containsText("Exception");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("refused-event.png")).setFullPage(true));
        page.navigate(console("#/dispute/" + dispute));
        assertThat(page.locator("[data-refused]")).hasAttribute("data-refused", "404");
        assertThat(page.locator("[data-refused] h1")).hasText("找不到此事项：它不存在，或不在您的辖区内。");
        assertThat(page.locator("main a[href='#/work/disputes']")).hasText("返回纠纷列表");
        assertThat(page.locator("[data-dispute-state], [data-timeline], form[data-transition]")).hasCount(0);
        assertThat(page.locator("main")).not().containsText("冯军");
        page.locator("#lang").selectOption("en");
        assertThat(page.locator("[data-refused] h1")).hasText("This item cannot be found: it does not exist or lies outside your jurisdiction.");
        page.locator("#lang").selectOption("zh-CN");
        List<String> found = new ArrayList<>(Axe.seriousOrCritical(page, "a refused dispute"));
        assertThat(found).as("serious or critical axe-core violations (WCAG 2 A and AA)").isEmpty();
    }

    // --- the platform's API, as other users behind the page's back ------------------------------------------------

    private record Answer(int status, JsonNode body, String etag) {
    }

    private static Answer api(String user, String method, String path, String body, String ifMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.base() + path)).header("Authorization", "Bearer " + token(user))
                .header("Accept", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = answer.body().isBlank() ? JSON.nullNode() : JSON.readTree(answer.body());
        return new Answer(answer.statusCode(), json, answer.headers().firstValue("ETag").orElse(null));
    }

    private static Answer ok(Answer answer, String what) {
        assertThat(answer.status()).as(what + " answered " + answer.body()).isBetween(200, 299);
        return answer;
    }

    /** An event reported on a grid of 总府路社区 by its community staff, as the API answers it. */
    private static String reportedEvent(String text) throws Exception {
        String grid = ok(api("chengdu-community-staff", "GET", "/api/v1/areas/" + ZONGFU + "/grids?limit=1", null, null), "the grids")
                .body().get("items").get(0).get("code").asText();
        String event = "{\"gridCode\":\"" + grid + "\",\"category\":\"SAFETY_HAZARD\",\"text\":\"" + text + "\",\"channel\":\"GRID_WORKER\","
                + "\"reporter\":{\"name\":\"李娜\",\"phone\":\"13900001111\"}}";
        return ok(api("chengdu-community-staff", "POST", "/api/v1/events", event, null), "reporting an event").body().get("event").get("id")
                .asText();
    }

    /** An event reported and accepted by the community: the street may call it. */
    private static String acceptedEvent(String text) throws Exception {
        String id = reportedEvent(text);
        changeBehindThePagesBack(id, "accept", "chengdu-community-staff", "{}");
        return id;
    }

    private static void changeBehindThePagesBack(String event, String transition, String user, String body) throws Exception {
        String etag = ok(api(user, "GET", "/api/v1/events/" + event, null, null), "reading the event").etag();
        ok(api(user, "POST", "/api/v1/events/" + event + "/" + transition, body, etag), transition);
    }

    private static String firstId(String user, String path) throws Exception {
        JsonNode items = ok(api(user, "GET", path, null, null), path).body().get("items");
        assertThat(items).as(path).isNotEmpty();
        return items.get(0).get("id").asText();
    }

    /** Tokens by user: the sign-in is bounded per client address (SignInLimit), and a token lasts the run. */
    private static final java.util.Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String token(String user) throws IOException, InterruptedException {
        String kept = TOKENS.get(user);
        if (kept != null) {
            return kept;
        }
        String token = signedIn(user);
        TOKENS.put(user, token);
        return token;
    }

    private static String signedIn(String user) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(platform.base() + "/api/v1/sign-in/local"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(answer.body()).get("token").asText();
    }

    /** The demo's assessment results and notices load in the background after the start. */
    private static void awaitDemoNotices() throws Exception {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            Answer notices = api("chengdu-city-admin", "GET", "/api/v1/assessment/notices?state=PUBLISHED&limit=1", null, null);
            Answer disputes = api("zhanjiang-city-admin", "GET", "/api/v1/disputes?limit=1", null, null);
            if (notices.status() == 200 && !notices.body().get("items").isEmpty() && disputes.status() == 200
                    && !disputes.body().get("items").isEmpty()) {
                return;
            }
            Thread.sleep(3_000);
        }
        throw new IllegalStateException("the demo's assessment notices were not there within 300 s");
    }
}
