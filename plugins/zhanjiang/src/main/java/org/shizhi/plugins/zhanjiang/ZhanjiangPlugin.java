package org.shizhi.plugins.zhanjiang;

import java.util.List;
import java.util.Optional;
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

    /** Built against SPI 1.0: a literal, so that a later platform can tell what this jar expects. */
    private static final SpiVersion BUILT_AGAINST = new SpiVersion(1, 0);

    static final String HARD_KEYWORDS = "hard-keywords";
    static final String KEY_KEYWORDS = "key-keywords";

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
                            + "SAFETY_HAZARD events are at least a 重点哨 whatever this list holds."));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "湛江 · 三哨分级 (Zhanjiang three whistles)";
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
}
