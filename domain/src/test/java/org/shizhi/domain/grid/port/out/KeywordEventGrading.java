package org.shizhi.domain.grid.port.out;

import java.util.ArrayList;
import java.util.List;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventFacts;
import org.shizhi.domain.grid.model.EventGrade;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;

/**
 * A test double for {@link EventGrading} shaped like the platform's default grader (which the grid context may not
 * name): hazards and public security start at MEDIUM, words of danger make an event HIGH or MEDIUM.
 */
public final class KeywordEventGrading implements EventGrading {

    private static final List<String> HIGH_WORDS = List.of("爆炸", "火灾", "坍塌", "伤亡", "群体", "持刀");
    private static final List<String> MEDIUM_WORDS = List.of("隐患", "燃气", "打架", "漏水", "欠薪");

    @Override
    public EventGrade grade(AreaCode city, EventFacts facts) {
        List<String> reasons = new ArrayList<>();
        int severity = facts.category() == EventCategory.SAFETY_HAZARD || facts.category() == EventCategory.PUBLIC_SECURITY ? 2 : 1;
        if (severity == 2) {
            reasons.add("category " + facts.category() + " starts at MEDIUM");
        }
        for (String word : HIGH_WORDS) {
            if (facts.text().contains(word)) {
                reasons.add("mentions " + word);
                severity = 3;
            }
        }
        for (String word : MEDIUM_WORDS) {
            if (facts.text().contains(word)) {
                reasons.add("mentions " + word);
                severity = Math.max(severity, 2);
            }
        }
        if (reasons.isEmpty()) {
            reasons.add("no sign of risk");
        }
        return switch (severity) {
            case 3 -> new EventGrade("HIGH", "重大", 3, AdminLevel.DISTRICT, reasons);
            case 2 -> new EventGrade("MEDIUM", "较大", 2, AdminLevel.STREET, reasons);
            default -> new EventGrade("LOW", "一般", 1, AdminLevel.COMMUNITY, reasons);
        };
    }
}
