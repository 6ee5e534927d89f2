package org.shizhi.domain.archive.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * What an auditor typed, parsed once in the domain so that every backend gets the same structure.
 * <ul>
 *   <li>{@link Everything}: no text, every case the filters let through;</li>
 *   <li>{@link Keywords}: words and {@code "phrases"} that must all occur, {@code -exclusions} that must not,
 *       and {@code A OR B} alternatives. A term matches where its characters occur in this order in the case's
 *       text (a substring, compared through the shared analysis), so {@code 数据} finds {@code 大数据};</li>
 *   <li>{@link Description}: a pasted case description (类案检索), ranked by how much it shares with each case; no
 *       word is required, so a long text can never fail on a clause limit.</li>
 * </ul>
 */
public sealed interface SearchText {

    int MAX_LENGTH = 10_000;
    /** Longer than this and free of operators, an {@code auto} query is a description. */
    int DESCRIPTION_THRESHOLD = 40;
    /** At most this many clauses in a keyword query. */
    int MAX_CLAUSES = 32;

    /** How the caller wants the text read. */
    enum Mode { AUTO, KEYWORDS, DESCRIPTION }

    record Everything() implements SearchText {
    }

    /** @param alternatives at least one; several for {@code A OR B} */
    record Clause(boolean excluded, List<String> alternatives) {
        public Clause {
            alternatives = List.copyOf(alternatives);
            if (alternatives.isEmpty()) {
                throw new InvalidValueException("q", "a clause needs a term");
            }
        }
    }

    record Keywords(List<Clause> clauses) implements SearchText {
        public Keywords {
            clauses = List.copyOf(clauses);
            if (clauses.stream().allMatch(Clause::excluded)) {
                throw new InvalidValueException("q", "a query needs at least one term that is not excluded");
            }
        }

        /** Every term a case should show highlighted (not the excluded ones). */
        public List<String> positiveTerms() {
            return clauses.stream().filter(c -> !c.excluded()).flatMap(c -> c.alternatives().stream()).toList();
        }
    }

    record Description(String text) implements SearchText {
        public Description {
            if (text == null || text.isBlank()) {
                throw new InvalidValueException("q", "a description must not be blank");
            }
        }
    }

    /** Parses {@code q} in the given mode; blank text is {@link Everything}. */
    static SearchText parse(String q, Mode mode) {
        if (q == null || q.isBlank()) {
            return new Everything();
        }
        String text = q.strip();
        if (text.length() > MAX_LENGTH) {
            throw new InvalidValueException("q", "the query has at most " + MAX_LENGTH + " characters, got " + text.length());
        }
        Mode m = mode == null ? Mode.AUTO : mode;
        if (m == Mode.DESCRIPTION || (m == Mode.AUTO && looksLikeADescription(text))) {
            return new Description(text);
        }
        return keywords(text);
    }

    private static boolean looksLikeADescription(String text) {
        if (text.codePointCount(0, text.length()) <= DESCRIPTION_THRESHOLD) {
            return false;
        }
        return text.indexOf('"') < 0 && text.indexOf('“') < 0 && !text.contains(" OR ") && !text.startsWith("-")
                && !text.contains(" -");
    }

    private static Keywords keywords(String text) {
        List<String> tokens = new ArrayList<>();
        List<Boolean> quoted = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inQuote = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                if (inQuote) {
                    inQuote = false;
                    wasQuoted = true;
                } else {
                    inQuote = true;
                }
            } else if (!inQuote && (Character.isWhitespace(c) || c == '\u3000')) {
                flush(tokens, quoted, current, wasQuoted);
                wasQuoted = false;
            } else {
                current.append(c);
            }
        }
        if (inQuote) {
            throw new InvalidValueException("q", "a phrase opened with \" is not closed");
        }
        flush(tokens, quoted, current, wasQuoted);
        List<Clause> clauses = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.equals("OR") && !quoted.get(i)) {
                if (clauses.isEmpty() || i + 1 >= tokens.size() || clauses.getLast().excluded()) {
                    throw new InvalidValueException("q", "OR stands between two terms, as in 噪音 OR 扰民");
                }
                String next = tokens.get(++i);
                Clause last = clauses.removeLast();
                List<String> alternatives = new ArrayList<>(last.alternatives());
                alternatives.add(term(next));
                clauses.add(new Clause(false, alternatives));
                continue;
            }
            if (token.startsWith("-") && token.length() > 1 && !quoted.get(i)) {
                clauses.add(new Clause(true, List.of(term(token.substring(1)))));
            } else if (!token.equals("-")) {
                clauses.add(new Clause(false, List.of(term(token))));
            }
        }
        if (clauses.isEmpty()) {
            throw new InvalidValueException("q", "the query has no term");
        }
        if (clauses.size() > MAX_CLAUSES) {
            throw new InvalidValueException("q", "a keyword query has at most " + MAX_CLAUSES
                    + " terms; paste a long text as a description (mode=description)");
        }
        return new Keywords(clauses);
    }

    private static void flush(List<String> tokens, List<Boolean> quoted, StringBuilder current, boolean wasQuoted) {
        if (!current.isEmpty()) {
            tokens.add(current.toString());
            quoted.add(wasQuoted);
            current.setLength(0);
        }
    }

    private static String term(String raw) {
        String t = raw.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            throw new InvalidValueException("q", "a term must not be empty");
        }
        return t;
    }
}
