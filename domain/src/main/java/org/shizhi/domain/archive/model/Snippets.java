package org.shizhi.domain.archive.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Highlighted snippets, made above the index from the text the reader may see (already masked), so both backends
 * highlight alike and a highlight can never reveal what masking hid. Matches are marked {@code <em>…</em>}; the rest
 * of the text is HTML-escaped.
 */
public final class Snippets {

    public static final int LENGTH = 160;

    private Snippets() {
    }

    /**
     * The stretch of {@code text} of about {@link #LENGTH} characters holding the most term occurrences, with those
     * marked; the text's beginning if no term occurs.
     */
    public static String of(String text, List<String> terms) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        List<int[]> spans = new ArrayList<>();
        for (String term : terms) {
            String t = term.toLowerCase(Locale.ROOT);
            if (t.isBlank()) {
                continue;
            }
            for (int at = lower.indexOf(t); at >= 0; at = lower.indexOf(t, at + t.length())) {
                spans.add(new int[] {at, at + t.length()});
            }
        }
        spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> -s[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] s : spans) {
            if (!merged.isEmpty() && s[0] <= merged.getLast()[1]) {
                merged.getLast()[1] = Math.max(merged.getLast()[1], s[1]);
            } else {
                merged.add(new int[] {s[0], s[1]});
            }
        }
        int start = 0;
        int best = -1;
        for (int i = 0; i < merged.size(); i++) {
            int windowStart = Math.max(0, merged.get(i)[0] - 20);
            int count = 0;
            for (int j = i; j < merged.size() && merged.get(j)[1] <= windowStart + LENGTH; j++) {
                count++;
            }
            if (count > best) {
                best = count;
                start = windowStart;
            }
        }
        int end = Math.min(text.length(), start + LENGTH);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder();
        if (start > 0) {
            out.append('…');
        }
        int pos = start;
        for (int[] s : merged) {
            if (s[1] <= start || s[0] >= end) {
                continue;
            }
            int from = Math.max(s[0], start);
            int to = Math.min(s[1], end);
            escape(out, text, pos, from);
            out.append("<em>");
            escape(out, text, from, to);
            out.append("</em>");
            pos = to;
        }
        escape(out, text, pos, end);
        if (end < text.length()) {
            out.append('…');
        }
        return out.toString();
    }

    private static void escape(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}
