package org.shizhi.plugins.zhanjiang;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventFacts;
import org.shizhi.domain.grid.model.EventGrade;
import org.shizhi.domain.spi.EventGrader;
import org.shizhi.domain.spi.PluginSettings;

/**
 * Grades a grid event as one of Mazhang's three whistles (seed 003), first rule that applies:
 * <ol>
 *   <li>the text mentions a hard keyword, or the event is a {@link EventCategory#DISPUTE} that mentions a
 *       petition-backlog word (信访, 积案) → {@link Whistle#HARD 疑难哨}, handled at district level;</li>
 *   <li>the text mentions a key keyword, or the category is {@link EventCategory#PUBLIC_SECURITY} or
 *       {@link EventCategory#SAFETY_HAZARD} → {@link Whistle#KEY 重点哨}, handled at the street;</li>
 *   <li>otherwise → {@link Whistle#ROUTINE 常规哨}, handled by the village or community.</li>
 * </ol>
 * The keywords are the city's settings; the petition-backlog rule is not, because a dispute already in the
 * petition system is by Zhanjiang's account one of the "hard bones" (疑难复杂矛盾纠纷, 信访积案) whatever
 * else the city lists. Reasons name every sign found for the whistle given. Immutable, so thread-safe.
 */
final class ThreeWhistlesGrader implements EventGrader {

    /** Words that tie a dispute to the petition system (信访积案, {@code PetitionBacklog}). */
    static final List<String> PETITION_BACKLOG_WORDS = List.of("信访", "积案");

    private final List<String> hardKeywords;
    private final List<String> keyKeywords;

    ThreeWhistlesGrader(List<String> hardKeywords, List<String> keyKeywords) {
        this.hardKeywords = cleaned(hardKeywords);
        this.keyKeywords = cleaned(keyKeywords);
    }

    /** The grader for a city's settings of this plugin (defaults already filled in by the platform). */
    static ThreeWhistlesGrader from(PluginSettings settings) {
        return new ThreeWhistlesGrader(
                settings.list(ZhanjiangPlugin.HARD_KEYWORDS),
                settings.list(ZhanjiangPlugin.KEY_KEYWORDS));
    }

    List<String> hardKeywords() {
        return hardKeywords;
    }

    List<String> keyKeywords() {
        return keyKeywords;
    }

    @Override
    public EventGrade grade(EventFacts event) {
        String text = normalised(event.text());

        List<String> hard = new ArrayList<>();
        for (String word : hardKeywords) {
            if (text.contains(normalised(word))) {
                hard.add("mentions " + word);
            }
        }
        if (event.category() == EventCategory.DISPUTE) {
            for (String word : PETITION_BACKLOG_WORDS) {
                if (text.contains(word)) {
                    hard.add("a DISPUTE that mentions " + word + " is a petition backlog (信访积案), a 疑难哨");
                }
            }
        }
        if (!hard.isEmpty()) {
            return Whistle.HARD.grade(hard);
        }

        List<String> key = new ArrayList<>();
        if (event.category() == EventCategory.PUBLIC_SECURITY || event.category() == EventCategory.SAFETY_HAZARD) {
            key.add("category " + event.category() + " is at least a 重点哨");
        }
        for (String word : keyKeywords) {
            if (text.contains(normalised(word))) {
                key.add("mentions " + word);
            }
        }
        if (!key.isEmpty()) {
            return Whistle.KEY.grade(key);
        }

        return Whistle.ROUTINE.grade(List.of(
                "category " + event.category() + " with no hard or key sign: handled by the village or community"));
    }

    private static List<String> cleaned(List<String> words) {
        Set<String> kept = new LinkedHashSet<>();
        for (String word : words) {
            String stripped = word == null ? "" : word.strip();
            if (!stripped.isEmpty()) {
                kept.add(stripped);
            }
        }
        return List.copyOf(kept);
    }

    /** Chinese has no case; Latin letters in a keyword (e.g. an estate's name) match in either case. */
    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
