package org.shizhi.plugins.zhanjiang;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shizhi.domain.grid.model.GridPost;
import org.shizhi.domain.spi.GridRule;
import org.shizhi.domain.spi.Indicator;
import org.shizhi.domain.spi.RecurringProgramme;
import org.shizhi.domain.spi.CityPlugin;
import org.shizhi.domain.spi.ConfigKey;
import org.shizhi.domain.spi.EventGrader;
import org.shizhi.domain.spi.PluginSettings;
import org.shizhi.domain.spi.SpiVersion;

/**
 * Zhanjiang's city plugin: grades grid events as Mazhang's three whistles, 常规哨 / 重点哨 / 疑难哨
 * (seed 003). Enable it for a city and, if wanted, set
 * {@code shizhi.city.<code>.zhanjiang.hard-keywords} and {@code ...key-keywords}; a list that is set
 * replaces its default, it does not add to it.
 */
public final class ZhanjiangPlugin implements CityPlugin {

    public static final String ID = "zhanjiang";

    /** Built against SPI 1.3 (programmes, indicators): a literal, so that a later platform can tell what this jar expects. */
    private static final SpiVersion BUILT_AGAINST = new SpiVersion(1, 3);

    static final String HARD_KEYWORDS = "hard-keywords";
    static final String KEY_KEYWORDS = "key-keywords";
    static final String NIGHT_VISIT_DAY = "night-visit.day";
    static final String NIGHT_VISIT_TIME = "night-visit.time";
    static final String NIGHT_VISIT_POSTS = "night-visit.posts";
    static final String DIGEST_DAY = "weekly-digest.day";
    static final String DIGEST_TIME = "weekly-digest.time";
    static final String BUILDING_HEADS_MAX = "building-heads-max";

    /**
     * 疑难哨 signs: the petition backlog and the hard bones seed 003 names (信访积案, 疑难复杂矛盾纠纷), land and
     * demolition (the classic long-running village disputes), crowds, and harm to life.
     */
    static final String DEFAULT_HARD_KEYWORDS = String.join(",",
            "信访", "上访", "积案", "疑难", "群体", "聚集", "围堵",
            "土地", "征地", "宅基地", "拆迁", "山林",
            "死亡", "伤亡", "自杀", "跳楼", "爆炸", "坍塌", "中毒", "持刀");

    /**
     * 重点哨 signs: hazards and conflicts a town or street must call departments for (镇街吹哨、部门报到):
     * safety and fire hazards, gas, unpaid wages, fights, threats, illegal building, pollution, repeats.
     */
    static final String DEFAULT_KEY_KEYWORDS = String.join(",",
            "安全隐患", "火灾隐患", "消防", "燃气", "漏气", "电动车充电",
            "欠薪", "拖欠工资", "讨薪", "打架", "斗殴", "受伤", "威胁", "醉酒闹事",
            "违建", "违章建筑", "污染", "多次", "反复");

    private static final List<ConfigKey> CONFIG_KEYS = List.of(
            ConfigKey.optional(HARD_KEYWORDS, ConfigKey.Type.STRING_LIST, DEFAULT_HARD_KEYWORDS,
                    "Words that make a grid event a 疑难哨 (HARD), handled at district level with the departments. "
                            + "Comma-separated; a value replaces the default list. A DISPUTE that mentions 信访 or 积案 "
                            + "is a 疑难哨 whatever this list holds."),
            ConfigKey.optional(KEY_KEYWORDS, ConfigKey.Type.STRING_LIST, DEFAULT_KEY_KEYWORDS,
                    "Words that make a grid event a 重点哨 (KEY), handled at the town or street, which calls in the "
                            + "departments. Comma-separated; a value replaces the default list. PUBLIC_SECURITY and "
                            + "SAFETY_HAZARD events are at least a 重点哨 whatever this list holds."),
            ConfigKey.optional(NIGHT_VISIT_DAY, ConfigKey.Type.STRING, "TUESDAY", "Day of the week of the night visits (平安夜访), e.g. TUESDAY."),
            ConfigKey.optional(NIGHT_VISIT_TIME, ConfigKey.Type.STRING, "19:30", "Time (Asia/Shanghai) the night visits are planned, HH:MM."),
            ConfigKey.optional(NIGHT_VISIT_POSTS, ConfigKey.Type.STRING_LIST, "COUNTY_LEADER,TOWN_LEADER,DEPARTMENT_HEAD,RESIDENT_CADRE",
                    "Grid posts of the cadres who visit (the seed's 副科级以上: the platform holds posts, not ranks)."),
            ConfigKey.optional(DIGEST_DAY, ConfigKey.Type.STRING, "MONDAY", "Day of the week the last week's digest (一周一结) is produced."),
            ConfigKey.optional(DIGEST_TIME, ConfigKey.Type.STRING, "08:00", "Time (Asia/Shanghai) the weekly digest is produced, HH:MM."),
            ConfigKey.optional(BUILDING_HEADS_MAX, ConfigKey.Type.INTEGER, "2",
                    "The most building heads (正副楼长) a building sub-grid may have; appointing more is refused."));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "湛江 · 三哨分级, 平安夜访, 一周一结, 五者同责, 楼长 (Zhanjiang)";
    }

    @Override
    public SpiVersion spiVersion() {
        return BUILT_AGAINST;
    }

    @Override
    public List<ConfigKey> configKeys() {
        return CONFIG_KEYS;
    }

    @Override
    public Optional<EventGrader> eventGrader(PluginSettings settings) {
        return Optional.of(ThreeWhistlesGrader.from(settings));
    }

    /** 平安夜访 and 一周一结; see {@link NightVisits} and {@link WeeklyDigestProgramme}. */
    @Override
    public List<RecurringProgramme> programmes(PluginSettings settings) {
        Set<GridPost> posts = EnumSet.noneOf(GridPost.class);
        for (String post : settings.list(NIGHT_VISIT_POSTS)) {
            try {
                posts.add(GridPost.valueOf(post));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(NIGHT_VISIT_POSTS + " names grid posts (" + List.of(GridPost.values()) + "), not '" + post + "'");
            }
        }
        return List.of(new NightVisits(day(settings, NIGHT_VISIT_DAY), time(settings, NIGHT_VISIT_TIME), posts),
                new WeeklyDigestProgramme(day(settings, DIGEST_DAY), time(settings, DIGEST_TIME)));
    }

    @Override
    public List<Indicator> indicators(PluginSettings settings) {
        return List.of(new FiveResponsibles());
    }

    /** Building sub-grids led by one or two building heads; see {@link BuildingSubGrids}. */
    @Override
    public List<GridRule> gridRules(PluginSettings settings) {
        int max = settings.integer(BUILDING_HEADS_MAX);
        if (max < 1) {
            throw new IllegalArgumentException(BUILDING_HEADS_MAX + " must be at least 1, got " + max);
        }
        return List.of(BuildingSubGrids.heads(max));
    }

    private static DayOfWeek day(PluginSettings settings, String key) {
        try {
            return DayOfWeek.valueOf(settings.string(key).strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " is a day of the week such as TUESDAY, not '" + settings.string(key) + "'");
        }
    }

    private static LocalTime time(PluginSettings settings, String key) {
        try {
            return LocalTime.parse(settings.string(key).strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(key + " is a time HH:MM such as 19:30, not '" + settings.string(key) + "'");
        }
    }
}
