package org.shizhi.plugins.redculture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.spi.CampaignTemplate;
import org.shizhi.domain.spi.CityPlugin;
import org.shizhi.domain.spi.PluginSettings;
import org.shizhi.domain.spi.SpiVersion;

/** The plugin through the SPI, with settings as the platform builds them. */
class RedCulturePluginTest {

    private final RedCulturePlugin plugin = new RedCulturePlugin();

    private static PluginSettings settings(String templates) {
        return new PluginSettings(Map.of("templates", templates));
    }

    @Test
    void foundByServiceLoaderAsRedCultureBuiltAgainstSpi1_4() {
        assertThat(ServiceLoader.load(CityPlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.id().equals("red-culture")).toList()).singleElement().isInstanceOf(RedCulturePlugin.class);
        assertThat(plugin.spiVersion()).as("its templates carry checklists, added in SPI 1.4").isEqualTo(new SpiVersion(1, 4));
        assertThat(SpiVersion.CURRENT.runs(plugin.spiVersion())).isTrue();
    }

    @Test
    void byDefaultOffersTheEightVenuesAndTheWeddingCustomsTemplates() {
        String all = plugin.configKeys().getFirst().defaultValue().orElseThrow();
        assertThat(plugin.campaignTemplates(settings(all))).extracting(CampaignTemplate::id)
                .containsExactly("red-culture.eight-venues", "red-culture.wedding-customs");
    }

    @Test
    void theEightVenuesAreTheSeedsEight() {
        CampaignTemplate eight = plugin.campaignTemplates(settings("red-culture.eight-venues")).getFirst();
        assertThat(eight.venues()).extracting(CampaignTemplate.VenueKind::label)
                .containsExactly("机关", "党校", "企业", "校园", "农村", "社区", "家庭", "网格");
        assertThat(eight.activities()).anyMatch(a -> a.contains("红色主题治理活动"));
        assertThat(eight.checklist()).as("what the organiser checks off").isNotEmpty().anyMatch(i -> i.contains("台账"));
    }

    @Test
    void theWeddingTemplateExpectsTheSeedsFiveServices() {
        CampaignTemplate wedding = plugin.campaignTemplates(settings("red-culture.wedding-customs")).getFirst();
        assertThat(wedding.activities()).hasSize(5).anyMatch(a -> a.startsWith("婚庆爱心企业联盟")).anyMatch(a -> a.startsWith("民间总管"))
                .anyMatch(a -> a.startsWith("公共礼堂")).anyMatch(a -> a.startsWith("婚姻家庭辅导教育"));
        assertThat(wedding.venues()).extracting(CampaignTemplate.VenueKind::code).contains("family", "marriage-registry", "public-hall");
    }

    @Test
    void aCityMayOfferOneTemplateButNotAnUnknownOne() {
        assertThat(plugin.campaignTemplates(settings("red-culture.wedding-customs"))).extracting(CampaignTemplate::id)
                .containsExactly("red-culture.wedding-customs");
        assertThatThrownBy(() -> plugin.campaignTemplates(settings("red-culture.eight-venues,harvest-festival")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'harvest-festival'");
    }
}
