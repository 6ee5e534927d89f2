package org.shizhi.domain.grid.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;

class GridCodeTest {

    private static final AreaCode ZONGFU = AreaCode.of("510104022001");

    @Test
    void aGridCodeIsTheCommunityCodeFollowedByAThreeDigitSerial() {
        GridCode code = GridCode.of(ZONGFU, 3);

        assertThat(code.value()).isEqualTo("510104022001003");
        assertThat(code.community()).isEqualTo(ZONGFU);
        assertThat(code.serial()).isEqualTo(3);
        assertThat(code.isBuilding()).isFalse();
    }

    @Test
    void aBuildingSubGridExtendsItsParentsCodeWithBAndASerialThatReachesBeyondNinetyNine() {
        GridCode building = GridCode.of(ZONGFU, 3).building(136);

        assertThat(building.value()).as("Jinshawan keeps 136 building sub-grids in one community").isEqualTo("510104022001003B136");
        assertThat(building.enclosingGrid()).contains(GridCode.of(ZONGFU, 3));
        assertThat(building.community()).isEqualTo(ZONGFU);
        assertThat(GridCode.parse("510104022001003B136")).isEqualTo(building);
    }

    @Test
    void aGridCodeMustStartWithACommunityNotAStreet() {
        assertThatThrownBy(() -> GridCode.parse("510104022000001"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must start with a community code")
                .hasMessageContaining("STREET");
    }

    @Test
    void malformedCodesAreRefusedNamingTheRule() {
        assertThatThrownBy(() -> GridCode.parse("51010402200100")).hasMessageContaining("15 digits");
        assertThatThrownBy(() -> GridCode.parse("510104022001003C001")).hasMessageContaining("B and 3 digits");
        assertThatThrownBy(() -> GridCode.parse("510104022001003B000")).hasMessageContaining("001 to 999");
        assertThatThrownBy(() -> GridCode.of(ZONGFU, 1000)).hasMessageContaining("000 to 999");
        assertThatThrownBy(() -> GridCode.of(ZONGFU, 1).building(1).building(1)).hasMessageContaining("no building sub-grids of its own");
    }
}
