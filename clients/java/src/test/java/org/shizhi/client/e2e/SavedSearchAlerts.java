package org.shizhi.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shizhi.client.ApiClient;
import org.shizhi.client.ApiException;
import org.shizhi.client.api.ArchiveApi;
import org.shizhi.client.api.SavedSearchesApi;
import org.shizhi.client.model.CaseQueryMode;
import org.shizhi.client.model.ImportSummary;
import org.shizhi.client.model.Problem;
import org.shizhi.client.model.SavedSearch;
import org.shizhi.client.model.SavedSearchMatch;
import org.shizhi.client.model.SavedSearchRequest;
import org.shizhi.client.model.SavedSearchSeen;

/**
 * Saved searches with alerts through the generated client: cases imported after a search was saved are listed as its
 * new matches with a count, only inside the owner's city and the jurisdiction they hold now (a jurisdiction narrowed
 * after saving included), until marked seen; bad input is a problem+json naming the field. Run on the embedded Lucene
 * index and on a real Elasticsearch by the two subclasses, each in its own JVM.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SavedSearchAlerts {

    /** A word no other test's case holds. */
    private static final String WORD = "鸽舍";

    abstract ApiClient clientAs(String subject, String jurisdiction, String... roles);

    /** Tells this class's cases apart from every other test's in the shared database and index. */
    abstract String backendName();

    private SavedSearchesApi saved(String subject, String jurisdiction) {
        return new SavedSearchesApi(clientAs(subject, jurisdiction, "AUDITOR"));
    }

    private String subject(String who) {
        return "e2e-saved-" + who + "-" + backendName();
    }

    private String line(String externalId, String area, String title) {
        return "{\"externalId\":\"" + externalId + "\",\"cityCode\":\"440800\",\"areaCode\":\"" + area + "\",\"caseType\":\"邻里纠纷\","
                + "\"title\":\"" + title + "\",\"facts\":\"住户反映" + title + "，多次协商未果。\",\"reasoning\":\"\",\"outcome\":\"社区调解。\","
                + "\"fullText\":\"\",\"occurredOn\":\"2024-03-02\",\"closedOn\":\"2024-04-20\",\"tags\":[\"e2e-saved-" + backendName() + "\"]}";
    }

    private void importCases(String... lines) throws ApiException {
        ImportSummary summary = new ArchiveApi(clientAs("e2e-saved-importer", "440800", "INTEGRATOR")).importCases(String.join("\n", lines));
        assertThat(summary.getImported()).as("imported: %s", summary).isEqualTo(lines.length);
    }

    private static List<String> titles(List<SavedSearchMatch> matches) {
        return matches.stream().map(m -> m.getCase().getTitle()).toList();
    }

    @Test
    void casesArrivingLaterAreNewMatchesWithACountOnlyInsideTheJurisdictionHeldNowUntilSeen() throws Exception {
        String owner = subject("owner");
        String run = UUID.randomUUID().toString().substring(0, 8);
        SavedSearch search = saved(owner, "440800").createSavedSearch(new SavedSearchRequest().name("鸽舍纠纷").q(WORD)
                .mode(CaseQueryMode.KEYWORDS).tag(List.of("e2e-saved-" + backendName())));
        assertThat(search.getNewMatches()).isZero();

        importCases(line("SAVED-" + run + "-1", "440802001001", "楼顶违建" + WORD + "扰民"),
                line("SAVED-" + run + "-2", "440803002000", "阳台" + WORD + "异味"),
                line("SAVED-" + run + "-3", "440802001001", "楼道堆放杂物"));

        SavedSearchesApi wide = saved(owner, "440800");
        assertThat(wide.getSavedSearch(search.getId()).getNewMatches()).as("two cases of the city hold the word").isEqualTo(2);
        List<SavedSearchMatch> matches = wide.listSavedSearchMatches(search.getId(), null, 1).getItems();
        assertThat(matches).hasSize(1);
        assertThat(titles(wide.listSavedSearchMatches(search.getId(), null, 100).getItems()))
                .containsExactly("楼顶违建" + WORD + "扰民", "阳台" + WORD + "异味");
        assertThat(matches.get(0).getCase().getSnippet()).contains("<em>" + WORD + "</em>");

        // The same person, their jurisdiction narrowed to 赤坎区 since saving: 霞山区's case is neither listed nor counted,
        // and a 霞山区 case arriving now does not match at all.
        SavedSearchesApi narrowed = saved(owner, "440802");
        assertThat(narrowed.getSavedSearch(search.getId()).getNewMatches()).isEqualTo(1);
        assertThat(narrowed.listSavedSearches(null, 100).getItems()).singleElement()
                .satisfies(s -> assertThat(s.getNewMatches()).isEqualTo(1));
        assertThat(titles(narrowed.listSavedSearchMatches(search.getId(), null, 100).getItems())).containsExactly("楼顶违建" + WORD + "扰民");
        importCases(line("SAVED-" + run + "-4", "440803002000", "天台" + WORD + "噪音"));
        assertThat(titles(wide.listSavedSearchMatches(search.getId(), null, 100).getItems()))
                .as("what arrived while the jurisdiction was narrowed never matched")
                .containsExactly("楼顶违建" + WORD + "扰民", "阳台" + WORD + "异味");

        SavedSearch seenOne = wide.markSavedSearchSeen(search.getId(), new SavedSearchSeen().upTo(matches.get(0).getSequence()));
        assertThat(seenOne.getNewMatches()).isEqualTo(1);
        assertThat(wide.markSavedSearchSeen(search.getId(), new SavedSearchSeen()).getNewMatches()).isZero();
        assertThat(wide.listSavedSearchMatches(search.getId(), null, 100).getItems()).isEmpty();

        wide.deleteSavedSearch(search.getId());
        ApiException gone = catchThrowableOfType(ApiException.class, () -> wide.getSavedSearch(search.getId()));
        assertThat(gone.getCode()).isEqualTo(404);
    }

    @Test
    void anotherReaderNeverSeesASavedSearch() throws Exception {
        SavedSearch mine = saved(subject("alone"), "440800").createSavedSearch(new SavedSearchRequest().name("我的").q(WORD));
        SavedSearchesApi colleague = saved(subject("colleague"), "440800");
        ApiException refused = catchThrowableOfType(ApiException.class, () -> colleague.listSavedSearchMatches(mine.getId(), null, 10));
        assertThat(refused.getCode()).isEqualTo(404);
        assertThat(colleague.listSavedSearches(null, 100).getItems()).extracting(SavedSearch::getId).doesNotContain(mine.getId());
        ApiException worker = catchThrowableOfType(ApiException.class, () -> new SavedSearchesApi(
                clientAs(subject("worker"), "440802", "GRID_WORKER")).createSavedSearch(new SavedSearchRequest().name("x").q(WORD)));
        assertThat(worker.getCode()).isEqualTo(403);
    }

    @Test
    void badInputIsAProblemNamingTheField() throws Exception {
        SavedSearchesApi api = saved(subject("careless"), "440802");
        assertProblem(() -> api.createSavedSearch(new SavedSearchRequest().name("粘贴").mode(CaseQueryMode.DESCRIPTION)
                .q("楼上邻居每天夜里装修施工，电钻声音很大，影响全家休息")), 400, "q");
        assertProblem(() -> api.createSavedSearch(new SavedSearchRequest().name(" ").q(WORD)), 400, "name");
        assertProblem(() -> api.createSavedSearch(new SavedSearchRequest().name("x").q("\"未闭合")), 400, "q");
        assertProblem(() -> api.createSavedSearch(new SavedSearchRequest().name("x").q(WORD).area("440803000000")), 404, null);
        SavedSearch s = api.createSavedSearch(new SavedSearchRequest().name("ok").q(WORD));
        assertProblem(() -> api.markSavedSearchSeen(s.getId(), new SavedSearchSeen().upTo(-1L)), 400, "upTo");
        assertProblem(() -> api.listSavedSearchMatches(s.getId(), "not-a-cursor", 10), 400, "cursor");
    }

    private interface Call {
        Object run() throws ApiException;
    }

    private static void assertProblem(Call call, int status, String field) throws Exception {
        ApiException e = catchThrowableOfType(ApiException.class, call::run);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.getCode()).as("%s", e.getResponseBody()).isEqualTo(status);
        assertThat(e.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
        if (field != null) {
            Problem p = new ApiClient().getObjectMapper().readValue(e.getResponseBody(), Problem.class);
            assertThat(p.getField()).isEqualTo(field);
        }
    }
}
