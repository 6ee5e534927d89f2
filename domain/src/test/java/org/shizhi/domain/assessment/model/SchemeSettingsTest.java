package org.shizhi.domain.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.spi.AssessmentPeriod.Cadence;

class SchemeSettingsTest {

    private static final String P = SchemeSettings.PREFIX;

    static Map<String, String> keys(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void aSchemeIsReadFromItsKeys() {
        var schemes = SchemeSettings.parse(keys(P + "streets.name", "街道季度考核", P + "streets.units", "street",
                P + "streets.cadence", "QUARTERLY", P + "streets.item.event-closure-rate", "30, 0.90, 0.997",
                P + "streets.item.petition-backlog", "10,5,0", P + "depts.name", "部门报到", P + "depts.units", "DEPARTMENT",
                P + "depts.cadence", "MONTHLY", P + "depts.city", "440800", P + "depts.item.summons-lateness", "100,0.3,0.02",
                "shizhi.other", "ignored"));

        assertThat(schemes).extracting(Scheme::id).containsExactly("depts", "streets");
        Scheme streets = schemes.get(1);
        assertThat(streets.units()).isEqualTo(Scheme.Units.STREET);
        assertThat(streets.cadence()).isEqualTo(Cadence.QUARTERLY);
        assertThat(streets.city()).as("no city: the default every city has").isEmpty();
        assertThat(streets.items()).extracting(i -> i.indicator().id() + " " + i.weight() + " " + i.floor() + " " + i.target())
                .containsExactly("event-closure-rate 30 0.9 0.997", "petition-backlog 10 5.0 0.0");
        assertThat(schemes.getFirst().appliesTo(AreaCode.of("440803000000"))).isTrue();
        assertThat(schemes.getFirst().appliesTo(AreaCode.of("510104000000"))).isFalse();
    }

    @Test
    void aTypoIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> SchemeSettings.parse(keys(P + "s.name", "n", P + "s.units", "STREET", P + "s.cadence", "MONTHLY",
                P + "s.item.event-closure", "10,0.5,0.9"))).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).contains(P + "s.item.event-closure")).hasMessageContaining("no built-in indicator");
        assertThatThrownBy(() -> SchemeSettings.parse(keys(P + "s.name", "n", P + "s.unit", "STREET")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains(P + "s.unit"));
        assertThatThrownBy(() -> SchemeSettings.parse(keys(P + "s.name", "n", P + "s.units", "STREETS", P + "s.cadence", "MONTHLY",
                P + "s.item.event-closure-rate", "10,0.5,0.9"))).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).contains(P + "s.units"));
    }

    @Test
    void aDepartmentSchemeTakesOnlyDepartmentIndicators() {
        assertThatThrownBy(() -> SchemeSettings.parse(keys(P + "d.name", "n", P + "d.units", "DEPARTMENT", P + "d.cadence", "MONTHLY",
                P + "d.item.event-closure-rate", "10,0.5,0.9"))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("takes indicators of a DEPARTMENT");
    }
}
