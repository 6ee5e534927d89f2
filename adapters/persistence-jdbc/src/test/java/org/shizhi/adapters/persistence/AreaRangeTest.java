package org.shizhi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.AreaCode;

class AreaRangeTest {

    @Test
    void anAreaIsTheRangeFromItsPrefixToTheNextPrefixOfTheSameLength() {
        assertThat(AreaRange.of(AreaCode.of("510100"))).isEqualTo(new AreaRange("5101", Optional.of("5102")));
        assertThat(AreaRange.of(AreaCode.of("510104022000"))).isEqualTo(new AreaRange("510104022", Optional.of("510104023")));
        assertThat(AreaRange.of(AreaCode.of("510199"))).as("a carry").isEqualTo(new AreaRange("510199", Optional.of("510200")));
        assertThat(AreaRange.of(AreaCode.of("440802006001"))).isEqualTo(new AreaRange("440802006001", Optional.of("440802006002")));
    }

    @Test
    void anAllNinesPrefixHasNoUpperBound() {
        AreaRange range = AreaRange.of(AreaCode.of("990000"));
        assertThat(range).isEqualTo(new AreaRange("99", Optional.empty()));
        assertThat(range.on("g.code")).isEqualTo("(g.code >= :area_from)");
    }

    @Test
    void theRangeMatchesExactlyTheCodesThatStartWithThePrefix() {
        AreaRange street = AreaRange.of(AreaCode.of("510104022000"));
        for (String code : new String[] {"510104022001001", "510104022999999B999", "510104022000000", "510104021999999",
                "510104023000000", "5101040220", "510105022001001"}) {
            boolean inRange = code.compareTo(street.from()) >= 0 && code.compareTo(street.to().orElseThrow()) < 0;
            assertThat(inRange).as(code).isEqualTo(code.startsWith("510104022"));
        }
    }
}
