package org.shizhi.plugins.zhanjiang;

import java.util.List;
import org.shizhi.domain.grid.model.EventGrade;
import org.shizhi.domain.shared.AdminLevel;

/**
 * 哨声: Zhanjiang Mazhang's three grades of grid event by difficulty (seed 003: 村(社区)网格员将收集到的网格事件
 * 划分为常规哨、重点哨、疑难哨三类"哨声", 根据难易程度进行分类分级处置). Each whistle is handled at its level.
 *
 * <p>The seed names the three whistles and says they are handled "by class and by level" but does not say
 * which level handles which. The levels here follow the rest of seed 003: the village or community handles
 * what it can, the town or street "blows the whistle" and the departments report (镇街吹哨、部门报到), and
 * the county or district is the main battlefront for the hard cases (区县强主战; 五者同责 puts a county
 * leader on every village).
 */
enum Whistle {

    /** 常规哨: handled by the village or community itself. */
    ROUTINE("常规哨", 1, AdminLevel.COMMUNITY),
    /** 重点哨: handled at the town or street, which calls in the departments. */
    KEY("重点哨", 2, AdminLevel.STREET),
    /** 疑难哨: handled at county or district level, with the departments. */
    HARD("疑难哨", 3, AdminLevel.DISTRICT);

    private final String label;
    private final int severity;
    private final AdminLevel handlingLevel;

    Whistle(String label, int severity, AdminLevel handlingLevel) {
        this.label = label;
        this.severity = severity;
        this.handlingLevel = handlingLevel;
    }

    String label() {
        return label;
    }

    int severity() {
        return severity;
    }

    AdminLevel handlingLevel() {
        return handlingLevel;
    }

    /** The grade for this whistle; the code is the constant's name (ROUTINE, KEY, HARD). */
    EventGrade grade(List<String> reasons) {
        return new EventGrade(name(), label, severity, handlingLevel, reasons);
    }
}
