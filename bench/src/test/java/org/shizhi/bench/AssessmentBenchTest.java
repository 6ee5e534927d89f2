package org.shizhi.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shizhi.bench.assessment.AssessmentCity;

/** The assessment benchmark's reading of what the platform answers and logs; not timed. */
class AssessmentBenchTest {

    private static final AssessmentCity.Written CITY = new AssessmentCity.Written(2, 3, 4, 40, 1, Map.of("grid_event", 100L), 7, 9,
            Duration.ofSeconds(1));

    @Test
    void theHeapIsReadBetweenTheForcedCollections() {
        AssessmentBench.Heap heap = AssessmentBench.Heap.between(List.of(
                "[0.008s][info][gc] Using G1",
                "[1.2s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 900M->40M(1024M) 14.5ms",
                "[3.2s][info][gc] GC(1) Pause Full (Diagnostic Command) 100M->60M(1024M) 41.3ms",
                "[4.0s][info][gc] GC(2) Pause Young (Normal) (G1 Evacuation Pause) 300M->90M(1024M) 9.1ms",
                "[4.5s][info][gc] GC(3) Pause Young (Concurrent Start) (G1 Humongous Allocation) 350M->120M(1024M) 9.1ms",
                "[5.0s][info][gc] GC(4) Pause Full (Diagnostic Command) 200M->70M(1024M) 50.0ms"));
        assertThat(heap).isEqualTo(new AssessmentBench.Heap(350, 70, 2));
        assertThatThrownBy(() -> AssessmentBench.Heap.between(List.of("[1.2s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 9M->4M(64M) 1ms")))
                .isInstanceOf(IllegalStateException.class);
    }

    private static JsonNode result(String units) throws Exception {
        return new ObjectMapper().readTree("{\"scheme\":\"bench-district\",\"units\":[" + units + "]}");
    }

    private static String unit(long n, long d) {
        return "{\"rank\":1,\"key\":\"519901000000\",\"lines\":[{\"indicator\":\"event-closure-rate\",\"numerator\":" + n
                + ",\"denominator\":" + d + "},{\"indicator\":\"resident-satisfaction\",\"numerator\":100,\"denominator\":100}]}";
    }

    @Test
    void aDistrictRunIsCheckedAgainstTheGeneratorsCounts() throws Exception {
        JsonNode good = result(unit(3, 4) + "," + unit(4, 5));
        assertThat(AssessmentBench.sum(good, "event-closure-rate")).containsExactly(7, 9);
        AssessmentBench.check(AssessmentBench.Level.DISTRICT, good, CITY);
        assertThatThrownBy(() -> AssessmentBench.check(AssessmentBench.Level.DISTRICT, result(unit(3, 4) + "," + unit(4, 6)), CITY))
                .hasMessageContaining("7/10");
        assertThatThrownBy(() -> AssessmentBench.check(AssessmentBench.Level.STREET, good, CITY)).hasMessageContaining("the city has 3");
    }

    @Test
    void everyLevelHasAQuarterlySchemeWithEveryIndicatorOfItsSubject() {
        List<String> options = AssessmentBench.schemeOptions();
        assertThat(options).contains("-Dshizhi.assessment.scheme.bench-community.units=COMMUNITY",
                "-Dshizhi.assessment.scheme.bench-district.cadence=QUARTERLY",
                "-Dshizhi.assessment.scheme.bench-street.item.event-closure-rate=10,0.5,0.99",
                "-Dshizhi.assessment.scheme.bench-street.item.relapse-rate=10,0.3,0.0",
                "-Dshizhi.assessment.scheme.bench-department.item.summons-lateness=10,0.3,0.0");
        assertThat(options).noneMatch(o -> o.startsWith("-Dshizhi.assessment.scheme.bench-department.item.event-closure-rate"));
        // They are schemes the platform's settings accept.
        Map<String, String> keys = new java.util.TreeMap<>();
        options.forEach(o -> keys.put(o.substring(2, o.indexOf('=')), o.substring(o.indexOf('=') + 1)));
        assertThat(org.shizhi.domain.assessment.model.SchemeSettings.parse(keys)).hasSize(4);
    }
}
