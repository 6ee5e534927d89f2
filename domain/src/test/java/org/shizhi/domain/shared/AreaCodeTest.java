package org.shizhi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AreaCodeTest {

    private static final AreaCode SICHUAN = AreaCode.of("510000000000");
    private static final AreaCode CHENGDU = AreaCode.of("510100000000");
    private static final AreaCode JINJIANG = AreaCode.of("510104000000");
    private static final AreaCode CHUNXI_STREET = AreaCode.of("510104020000");
    private static final AreaCode COMMUNITY = AreaCode.of("510104020001");

    @Test
    void sixDigitCodesAreWidened() {
        assertThat(AreaCode.of("510104")).as("a GB/T 2260 code names the same district").isEqualTo(JINJIANG);
        assertThat(AreaCode.of("510104")).hasToString("510104000000");
    }

    @Test
    void parsingIgnoresSurroundingBlanks() {
        assertThat(AreaCode.parse(" 510104000000\n")).isEqualTo(JINJIANG);
    }

    @ParameterizedTest
    @CsvSource({
            "510000000000, PROVINCE, 51",
            "510100000000, CITY, 5101",
            "510104000000, DISTRICT, 510104",
            "510104020000, STREET, 510104020",
            "510104020001, COMMUNITY, 510104020001"})
    void theLevelAndPrefixAreReadFromTheTrailingZeroGroups(String code, AdminLevel level, String prefix) {
        AreaCode area = AreaCode.of(code);
        assertThat(area.level()).as("level of %s", code).isEqualTo(level);
        assertThat(area.prefix()).as("prefix of %s", code).isEqualTo(prefix);
    }

    @Test
    void parentsClimbOneLevelAtATimeUpToTheProvince() {
        assertThat(COMMUNITY.parent()).contains(CHUNXI_STREET);
        assertThat(CHUNXI_STREET.parent()).contains(JINJIANG);
        assertThat(JINJIANG.parent()).contains(CHENGDU);
        assertThat(CHENGDU.parent()).contains(SICHUAN);
        assertThat(SICHUAN.parent()).as("a province has no parent").isEmpty();
    }

    @Test
    void aStreetOfACityWithoutDistrictsHasTheCityAsParent() {
        // 东莞 has no districts: its streets (东城街道 441900003000) sit directly under the city.
        AreaCode dongcheng = AreaCode.of("441900003000");
        assertThat(dongcheng.level()).isEqualTo(AdminLevel.STREET);
        assertThat(dongcheng.parent()).contains(AreaCode.of("441900000000"));
        assertThat(dongcheng.cityCode()).isEqualTo(AreaCode.of("441900000000"));
        assertThat(AreaCode.of("441900000000").contains(dongcheng)).isTrue();
    }

    @Test
    void anAreaContainsItselfAndEverythingUnderItsPrefix() {
        assertThat(CHENGDU.contains(JINJIANG)).as("a city contains its districts").isTrue();
        assertThat(CHENGDU.contains(COMMUNITY)).as("and their communities").isTrue();
        assertThat(SICHUAN.contains(COMMUNITY)).isTrue();
        assertThat(JINJIANG.contains(JINJIANG)).as("an area is in its own jurisdiction").isTrue();
        assertThat(JINJIANG.contains(CHENGDU)).as("a district does not contain its city").isFalse();
        assertThat(JINJIANG.contains(AreaCode.of("510105000000"))).as("nor a sibling district").isFalse();
        assertThat(CHENGDU.contains(AreaCode.of("511000000000"))).as("nor another city of the province").isFalse();
    }

    @Test
    void theCityCodeIsTheCityLevelAncestorOrSelf() {
        assertThat(COMMUNITY.cityCode()).isEqualTo(CHENGDU);
        assertThat(JINJIANG.cityCode()).isEqualTo(CHENGDU);
        assertThat(CHENGDU.cityCode()).isEqualTo(CHENGDU);
        assertThatThrownBy(SICHUAN::cityCode)
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("is a province and has no city");
    }

    @ParameterizedTest
    @ValueSource(strings = {"51", "5101", "510104", "510104020", "510104020001", "441900003"})
    void aJurisdictionPrefixDenotesTheAreaWhosePrefixItIs(String prefix) {
        AreaCode area = AreaCode.ofPrefix(prefix);
        assertThat(area.prefix()).as("the area %s denotes by prefix %s", area, prefix).isEqualTo(prefix);
    }

    @Test
    void aJurisdictionPrefixEndingInAZeroGroupIsRefused() {
        assertThatThrownBy(() -> AreaCode.ofPrefix("510100"))
                .as("'510100%%' would not select Chengdu's districts, so it cannot stand for Chengdu")
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must not end in a zero group")
                .hasMessageContaining("'5101'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "510", "51010", "5101040", "51010402", "5101040200"})
    void aJurisdictionPrefixOfNoGroupLengthIsRefused(String prefix) {
        assertThatThrownBy(() -> AreaCode.ofPrefix(prefix))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("jurisdiction prefix must have 2, 4, 6, 9 or 12 digits");
    }

    @Test
    void aCodeOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> new AreaCode("51010"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("area code must have 12 digits");
        assertThatThrownBy(() -> new AreaCode("5101040000001"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("area code must have 12 digits");
        assertThatThrownBy(() -> new AreaCode(""))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("area code must have 12 digits");
    }

    @Test
    void nonDigitsAreRefused() {
        assertThatThrownBy(() -> new AreaCode("51010400000A"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("area code must contain digits only")
                .satisfies(e -> assertThat(((DomainException) e).field()).contains("areaCode"));
    }

    @Test
    void provinceZeroIsRefused() {
        assertThatThrownBy(() -> new AreaCode("000000000000"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must not have province 00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"510000001000", "510001000000", "510104000001", "510000000001"})
    void lowerGroupsUnderAZeroHigherGroupAreRefused(String code) {
        assertThatThrownBy(() -> new AreaCode(code))
                .as("%s has a non-zero group under a zero group", code)
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must not have a non-zero");
    }

    @Test
    void codesSortByTheirDigitsSoParentsComeBeforeChildren() {
        assertThat(java.util.List.of(COMMUNITY, CHENGDU, JINJIANG).stream().sorted())
                .containsExactly(CHENGDU, JINJIANG, COMMUNITY);
    }

    @Test
    void levelsKnowTheirOrder() {
        assertThat(AdminLevel.CITY.isAbove(AdminLevel.DISTRICT)).isTrue();
        assertThat(AdminLevel.COMMUNITY.isAbove(AdminLevel.STREET)).isFalse();
    }
}
