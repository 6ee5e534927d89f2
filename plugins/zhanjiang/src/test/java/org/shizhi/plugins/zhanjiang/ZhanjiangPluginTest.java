package org.shizhi.plugins.zhanjiang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.shizhi.plugins.zhanjiang.Events.defaultSettings;
import static org.shizhi.plugins.zhanjiang.Events.event;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventFacts;
import org.shizhi.domain.grid.model.EventGrade;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.spi.CityPlugin;
import org.shizhi.domain.spi.ConfigKey;
import org.shizhi.domain.spi.DefaultEventGrader;
import org.shizhi.domain.spi.EventGrader;
import org.shizhi.domain.spi.PluginSettings;
import org.shizhi.domain.spi.SpiVersion;

class ZhanjiangPluginTest {

    private final ZhanjiangPlugin plugin = new ZhanjiangPlugin();

    @Test
    void theServicesFileMakesThePluginFindableByItsId() {
        List<CityPlugin> found = ServiceLoader.load(CityPlugin.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.id().equals("zhanjiang"))
                .toList();

        assertThat(found).singleElement().isInstanceOf(ZhanjiangPlugin.class);
    }

    @Test
    void theServicesFileListsThePluginClass() throws IOException {
        try (InputStream in = ZhanjiangPlugin.class.getResourceAsStream(
                "/META-INF/services/" + CityPlugin.class.getName())) {
            assertThat(in).as("services file on the class path").isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip))
                    .contains(ZhanjiangPlugin.class.getName());
        }
    }

    @Test
    void thePluginHasALowerCaseIdAndAName() {
        assertThat(plugin.id()).isEqualTo("zhanjiang").matches("[a-z][a-z0-9-]*");
        assertThat(plugin.name()).contains("湛江", "三哨");
    }

    @Test
    void thePluginReportsItWasBuiltAgainstSpi1_3() {
        assertThat(plugin.spiVersion()).isEqualTo(new SpiVersion(1, 3));
        assertThat(SpiVersion.CURRENT.runs(plugin.spiVersion()))
                .as("the platform's SPI %s runs a plugin built against %s", SpiVersion.CURRENT, plugin.spiVersion())
                .isTrue();
    }

    @Test
    void thePluginDeclaresItsKeysAllOptional() {
        assertThat(plugin.configKeys()).extracting(ConfigKey::name).containsExactly("hard-keywords", "key-keywords",
                "night-visit.day", "night-visit.time", "night-visit.posts", "weekly-digest.day", "weekly-digest.time",
                "building-heads-max");
        assertThat(plugin.configKeys().subList(0, 2)).allSatisfy(key -> assertThat(key.type()).isEqualTo(ConfigKey.Type.STRING_LIST));
        assertThat(plugin.configKeys()).allSatisfy(key -> {
            assertThat(key.isRequired()).isFalse();
            assertThat(key.description()).isNotBlank();
        });
    }

    @Test
    void everyDeclaredDefaultPassesItsTypesCheck() {
        assertThat(plugin.configKeys()).allSatisfy(key -> assertThatCode(
                () -> key.type().check(key.name(), key.defaultValue().orElseThrow()))
                .as(key.name())
                .doesNotThrowAnyException());
    }

    @Test
    void theDefaultListsHoldTheSeedsHardBonesAndCommonHazards() {
        PluginSettings settings = defaultSettings();

        assertThat(settings.list("hard-keywords"))
                .contains("信访", "积案", "群体", "上访", "土地", "征地", "拆迁", "死亡")
                .doesNotHaveDuplicates();
        assertThat(settings.list("key-keywords"))
                .contains("安全隐患", "欠薪", "打架", "火灾隐患", "燃气", "多次")
                .doesNotHaveDuplicates();
        assertThat(settings.list("hard-keywords")).doesNotContainAnyElementsOf(settings.list("key-keywords"));
    }

    @Test
    void thePluginSuppliesTheThreeWhistlesGraderBuiltFromTheSettings() {
        EventGrader grader = plugin.eventGrader(defaultSettings()).orElseThrow();

        assertThat(grader).isInstanceOf(ThreeWhistlesGrader.class);
        assertThat(grader.grade(event(EventCategory.DISPUTE, "村民对征地补偿款分配方案不满")).code()).isEqualTo("HARD");
    }

    @Test
    void thePlatformDefaultAndTheThreeWhistlesGradeTheSameEventsDifferently() {
        EventGrader platform = new DefaultEventGrader();
        EventGrader whistles = plugin.eventGrader(defaultSettings()).orElseThrow();

        // Land acquisition: nothing the platform's default looks for, but a hard bone in Mazhang.
        EventFacts landAcquisition = event(EventCategory.DISPUTE, "村民对征地补偿款分配方案不满，要求重新核算");
        EventGrade byPlatform = platform.grade(landAcquisition);
        EventGrade byWhistles = whistles.grade(landAcquisition);

        assertThat(byPlatform.code()).isEqualTo("LOW");
        assertThat(byWhistles.code()).isEqualTo("HARD").isNotEqualTo(byPlatform.code());
        assertThat(byPlatform.handlingLevel()).isEqualTo(AdminLevel.COMMUNITY);
        assertThat(byWhistles.handlingLevel()).isEqualTo(AdminLevel.DISTRICT);

        // A fire hazard: the platform's default reads 火灾 and sends it to the district; the whistles call the street.
        EventFacts fireHazard = event(EventCategory.SAFETY_HAZARD, "出租屋楼道堆放纸箱，存在火灾隐患");
        EventGrade hazardByPlatform = platform.grade(fireHazard);
        EventGrade hazardByWhistles = whistles.grade(fireHazard);

        assertThat(hazardByPlatform.code()).isEqualTo("HIGH");
        assertThat(hazardByWhistles.code()).isEqualTo("KEY").isNotEqualTo(hazardByPlatform.code());
        assertThat(hazardByWhistles.severity()).isLessThan(hazardByPlatform.severity());
        assertThat(hazardByWhistles.handlingLevel()).isEqualTo(AdminLevel.STREET);
    }
}
