package org.shizhi.domain.spi;

import java.util.ArrayList;
import java.util.List;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventFacts;
import org.shizhi.domain.grid.model.EventGrade;
import org.shizhi.domain.shared.AdminLevel;

/**
 * The platform's grader where no plugin supplies one: the category sets a floor, and words that signal
 * danger to people or a crowd raise the grade. LOW is handled by the community, MEDIUM is called to the
 * street, HIGH goes to the district's departments.
 */
public final class DefaultEventGrader implements EventGrader {

    private static final List<String> HIGH_WORDS = List.of(
            "死亡", "伤亡", "爆炸", "火灾", "坍塌", "跳楼", "自杀", "持刀", "群体", "聚集", "上访", "围堵", "中毒");
    private static final List<String> MEDIUM_WORDS = List.of(
            "打架", "斗殴", "受伤", "威胁", "漏水", "燃气", "隐患", "欠薪", "拖欠工资", "噪音扰民", "污染", "多次");

    @Override
    public EventGrade grade(EventFacts event) {
        List<String> reasons = new ArrayList<>();
        int severity = switch (event.category()) {
            case PUBLIC_SECURITY, SAFETY_HAZARD -> {
                reasons.add("category " + event.category() + " starts at MEDIUM");
                yield 2;
            }
            default -> 1;
        };
        for (String word : HIGH_WORDS) {
            if (event.text().contains(word)) {
                reasons.add("mentions " + word);
                severity = 3;
            }
        }
        if (severity < 3) {
            for (String word : MEDIUM_WORDS) {
                if (event.text().contains(word)) {
                    reasons.add("mentions " + word);
                    severity = Math.max(severity, 2);
                }
            }
        }
        if (reasons.isEmpty()) {
            reasons.add(event.category() == EventCategory.OTHER ? "no sign of risk" : "category " + event.category() + " with no sign of risk");
        }
        return switch (severity) {
            case 3 -> new EventGrade("HIGH", "重大", 3, AdminLevel.DISTRICT, reasons);
            case 2 -> new EventGrade("MEDIUM", "较大", 2, AdminLevel.STREET, reasons);
            default -> new EventGrade("LOW", "一般", 1, AdminLevel.COMMUNITY, reasons);
        };
    }
}
