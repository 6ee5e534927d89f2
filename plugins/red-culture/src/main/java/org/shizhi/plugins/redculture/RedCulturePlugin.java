package org.shizhi.plugins.redculture;

import java.util.List;
import org.shizhi.domain.spi.CampaignTemplate;
import org.shizhi.domain.spi.CampaignTemplate.VenueKind;
import org.shizhi.domain.spi.CityPlugin;
import org.shizhi.domain.spi.ConfigKey;
import org.shizhi.domain.spi.PluginSettings;
import org.shizhi.domain.spi.SpiVersion;

/**
 * Two campaign templates of seed 002's 德治 (rule by virtue): red culture into eight kinds of venue (红色文化"八进": 进机关、
 * 进党校、进企业、进校园、进农村、进社区、进家庭、进网格, with 红色主题治理活动), and the wedding-customs reform (以婚礼为切入点,
 * 推行新时代婚俗礼仪创新实践: 婚庆爱心企业联盟、民间总管、办证大厅、公共礼堂、婚姻家庭辅导教育). A city may leave one out with
 * {@code templates}.
 */
public final class RedCulturePlugin implements CityPlugin {

    public static final String ID = "red-culture";
    static final String TEMPLATES = "templates";
    static final String EIGHT_VENUES = "red-culture.eight-venues";
    static final String WEDDING_CUSTOMS = "red-culture.wedding-customs";

    private static final SpiVersion BUILT_AGAINST = new SpiVersion(1, 4);

    static final CampaignTemplate EIGHT_VENUES_TEMPLATE = new CampaignTemplate(EIGHT_VENUES, "红色文化\"八进\"",
            "Carry red culture and its themed governance activities into eight kinds of venue, building a 德治共同体 in which all of"
                    + " society takes part (seed 002).",
            List.of(new VenueKind("government-office", "机关"), new VenueKind("party-school", "党校"), new VenueKind("enterprise", "企业"),
                    new VenueKind("school", "校园"), new VenueKind("village", "农村"), new VenueKind("community", "社区"),
                    new VenueKind("family", "家庭"), new VenueKind("grid", "网格")),
            List.of("红色主题治理活动 (red-themed governance activity)", "弘扬地方红色精神、传承红色基因的宣讲 (talks on the local red spirit)"),
            List.of("制定\"八进\"工作方案，明确每类场所的牵头单位", "每类场所每个目标区域至少开展一次活动并留存图文资料",
                    "挖掘本地红色资源，形成宣讲清单", "按月汇总活动台账", "年底总结评估并表彰先进"));

    static final CampaignTemplate WEDDING_CUSTOMS_TEMPLATE = new CampaignTemplate(WEDDING_CUSTOMS, "新时代婚俗礼仪",
            "Reform wedding customs, taking the family as the basic unit of governance and the wedding as the way in; public"
                    + " services that set the order of the rites and put 德治 into family, upbringing and family ways (seed 002).",
            List.of(new VenueKind("family", "家庭"), new VenueKind("marriage-registry", "办证大厅"), new VenueKind("public-hall", "公共礼堂"),
                    new VenueKind("community", "社区"), new VenueKind("village", "农村")),
            List.of("婚庆爱心企业联盟 (alliance of caring wedding businesses)", "民间总管 (folk masters of ceremonies)",
                    "办证大厅 (marriage registration hall services)", "公共礼堂 (public ceremony hall)",
                    "婚姻家庭辅导教育 (marriage and family guidance)"),
            List.of("公布公共礼堂预约办法，不得重复预约", "建立民间总管名册", "组织婚庆企业作出爱心价格承诺",
                    "新人签署简办承诺（宾客、酒席、礼金）", "婚后回访核查承诺履行情况"));

    private static final List<ConfigKey> CONFIG_KEYS = List.of(ConfigKey.optional(TEMPLATES, ConfigKey.Type.STRING_LIST,
            EIGHT_VENUES + "," + WEDDING_CUSTOMS, "The templates the city offers: " + EIGHT_VENUES + ", " + WEDDING_CUSTOMS + "."));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "红色文化八进 · 婚俗礼仪 campaign templates";
    }

    @Override
    public SpiVersion spiVersion() {
        return BUILT_AGAINST;
    }

    @Override
    public List<ConfigKey> configKeys() {
        return CONFIG_KEYS;
    }

    /** @throws IllegalArgumentException for a template this plugin does not have */
    @Override
    public List<CampaignTemplate> campaignTemplates(PluginSettings settings) {
        List<CampaignTemplate> all = List.of(EIGHT_VENUES_TEMPLATE, WEDDING_CUSTOMS_TEMPLATE);
        List<String> wanted = settings.list(TEMPLATES);
        for (String id : wanted) {
            if (all.stream().noneMatch(t -> t.id().equals(id))) {
                throw new IllegalArgumentException(TEMPLATES + " names '" + id + "'; the templates are " + EIGHT_VENUES + ", " + WEDDING_CUSTOMS);
            }
        }
        return all.stream().filter(t -> wanted.contains(t.id())).toList();
    }
}
