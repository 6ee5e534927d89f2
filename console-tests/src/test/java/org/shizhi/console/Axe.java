package org.shizhi.console;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** axe-core 4.10 (bundled in com.deque.html.axe-core:playwright) evaluated in the page as a test tool, outside its CSP. */
final class Axe {

    private Axe() {
    }

    /** The page's serious and critical violations of WCAG 2 A and AA, each prefixed with {@code what}. */
    @SuppressWarnings("unchecked")
    static List<String> seriousOrCritical(Page page, String what) throws IOException {
        if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
            try (var in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                page.evaluate(new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n;0");
            }
        }
        List<String> violations = (List<String>) page.evaluate("async () => (await axe.run(document, "
                + "{runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}})).violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.impact + ' ' + v.id + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))");
        return violations.stream().map(v -> what + ": " + v).toList();
    }
}
