package org.shizhi.adapters.rest.grid;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shizhi.adapters.rest.model.DigestFormatJson;
import org.shizhi.adapters.rest.model.EventCategoryJson;
import org.shizhi.adapters.rest.model.EventChannelJson;
import org.shizhi.adapters.rest.model.GridTierJson;
import org.shizhi.adapters.rest.model.NewEventJson;
import org.shizhi.adapters.rest.model.NewGridJson;
import org.shizhi.adapters.rest.model.NewReporterJson;
import org.shizhi.adapters.rest.model.WeeklyDigestJson;
import org.shizhi.adapters.rest.model.WeeklyDigestListJson;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Role;

class DigestsResourceTest {

    private final RestWorld world = new RestWorld();

    private void twoEvents() {
        world.as(RestWorld.CHENGDU, Role.CITY_ADMIN).grids.createGrid(new NewGridJson(RestWorld.ZONGFU.value(), GridTierJson.GENERAL, "总府路第1网格"), null);
        world.as(RestWorld.ZONGFU, Role.GRID_WORKER);
        for (String text : List.of("井盖缺失", "燃气泄漏隐患")) {
            world.events.reportEvent(new NewEventJson("510104022001001", EventCategoryJson.SAFETY_HAZARD, text, EventChannelJson.GRID_WORKER,
                    new NewReporterJson("王芳")), null);
        }
    }

    @Test
    void theWeekUnderWayAsJson() {
        twoEvents();

        Response response = world.as(RestWorld.CHUNXI_ROAD, Role.STREET_OFFICER).digests.getWeeklyDigest("510104022000", null, null);

        WeeklyDigestJson digest = (WeeklyDigestJson) response.getEntity();
        assertThat(response.getMediaType()).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
        assertThat(digest.getWeekStart()).isEqualTo(LocalDate.of(2025, 9, 22));
        assertThat(digest.getWeekEnd()).isEqualTo(LocalDate.of(2025, 9, 28));
        assertThat(digest.getReported()).isEqualTo(2);
        assertThat(digest.getMeanSatisfaction()).isNull();
    }

    @Test
    void theDigestsOfAStreetsCommunitiesInOneAnswerInCodeOrder() {
        twoEvents();

        Response response = world.as(RestWorld.CHUNXI_ROAD, Role.STREET_OFFICER).digests.listChildWeeklyDigests("510104022000", null);

        List<WeeklyDigestJson> items = ((WeeklyDigestListJson) response.getEntity()).getItems();
        assertThat(items).extracting(WeeklyDigestJson::getArea).containsExactly("510104022001", "510104022002");
        assertThat(items).extracting(WeeklyDigestJson::getReported).containsExactly(2L, 0L);
        assertThat(items.getFirst().getWeekStart()).isEqualTo(LocalDate.of(2025, 9, 22));
    }

    @Test
    void asCsvWithAByteOrderMarkAndChineseHeaders() {
        twoEvents();

        Response response = world.as(RestWorld.CHUNXI_ROAD, Role.STREET_OFFICER).digests
                .getWeeklyDigest("510104022000", LocalDate.of(2025, 9, 24), DigestFormatJson.CSV);

        byte[] body = (byte[]) response.getEntity();
        assertThat(response.getMediaType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeaderString("Content-Disposition"))
                .isEqualTo("attachment; filename=\"weekly-digest-510104022000-2025-09-22.csv\"");
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("区域,周起,周止,指标,分项,数值\r\n510104022000,2025-09-22,2025-09-28,上报,合计,2\r\n");
    }

    @Test
    void formatWinsOverAcceptAndAcceptDecidesOtherwise() {
        MediaType csv = MediaType.valueOf("text/csv");
        assertThat(DigestsResource.wantsCsv(null, List.of(csv))).isTrue();
        assertThat(DigestsResource.wantsCsv(null, List.of(MediaType.WILDCARD_TYPE))).isFalse();
        assertThat(DigestsResource.wantsCsv(null, List.of(MediaType.APPLICATION_JSON_TYPE, csv))).isFalse();
        assertThat(DigestsResource.wantsCsv(DigestFormatJson.JSON, List.of(csv))).isFalse();
        assertThat(DigestsResource.wantsCsv(DigestFormatJson.CSV, List.of(MediaType.APPLICATION_JSON_TYPE))).isTrue();
    }

    @Test
    void aWeekThatHasNotBegunIsRefused() {
        assertThatThrownBy(() -> world.as(RestWorld.CHENGDU, Role.AUDITOR).digests.getWeeklyDigest("510104", LocalDate.of(2025, 10, 6), null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("week"));
    }
}
