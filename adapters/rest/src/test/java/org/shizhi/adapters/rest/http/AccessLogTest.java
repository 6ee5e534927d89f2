package org.shizhi.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessLogTest {

    @Test
    void aLineSaysMethodPathStatusTimeAndRequestId() {
        assertThat(AccessLog.line("POST", "/api/v1/events", 201, 12_345_678, "req-1"))
                .isEqualTo("POST /api/v1/events 201 12.3 ms request req-1");
    }

    @Test
    void thePathsTheApiIsMadeOfAreWrittenAsTheyAre() {
        for (String path : new String[]{"/api/v1/areas/510104000000/children", "/api/v1/areas/510100",
                "/api/v1/grids/510104022001001/residents", "/api/v1/events/0f8fad5b-d9cb-469f-a165-70867728950e/accept",
                "/console/vendor/echarts/5.5.0/echarts.min.js", "/health/ready", "/metrics", "/"}) {
            assertThat(AccessLog.loggablePath(path)).as(path).isEqualTo(path);
        }
    }

    @Test
    void aSegmentThatCouldBePersonalDataIsStarred() {
        assertThat(AccessLog.loggablePath("/api/v1/residents/51010419900101123X")).as("an ID number").isEqualTo("/api/v1/residents/*");
        assertThat(AccessLog.loggablePath("/api/v1/residents/510104199001011234")).as("an ID number, all digits").isEqualTo("/api/v1/residents/*");
        assertThat(AccessLog.loggablePath("/api/v1/areas/13912345678/grids")).as("a mobile").isEqualTo("/api/v1/areas/*/grids");
        assertThat(AccessLog.loggablePath("/api/v1/areas/+8613912345678/grids")).as("a mobile with its country code").isEqualTo("/api/v1/areas/*/grids");
        assertThat(AccessLog.loggablePath("/api/v1/residents/张三")).as("a name").isEqualTo("/api/v1/residents/*");
        assertThat(AccessLog.loggablePath("/api/v1/residents/tel13912345678")).as("a mobile inside a word").isEqualTo("/api/v1/residents/*");
    }
}
