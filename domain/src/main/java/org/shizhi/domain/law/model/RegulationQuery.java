package org.shizhi.domain.law.model;

import java.util.Arrays;
import java.util.List;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * What a search of regulations asks for: the terms (whitespace-separated words of the query), every one of which a
 * regulation's title or text must hold, each as its characters stand together in this order ({@code 数据} inside
 * {@code 大数据}), as the case archive's search reads Chinese.
 */
public record RegulationQuery(List<String> terms) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_TERMS = 10;

    public RegulationQuery {
        terms = List.copyOf(terms);
        if (terms.isEmpty() || terms.size() > MAX_TERMS) {
            throw new InvalidValueException("q", "a search has 1 to " + MAX_TERMS + " words, got " + terms.size());
        }
    }

    /** The query as typed: 1 to {@value #MAX_LENGTH} characters, words separated by spaces (full-width ones too). */
    public static RegulationQuery parse(String q) {
        if (q == null || q.isBlank()) {
            throw new InvalidValueException("q", "the words to search for are required");
        }
        if (q.length() > MAX_LENGTH) {
            throw new InvalidValueException("q", "a search is at most " + MAX_LENGTH + " characters, got " + q.length());
        }
        return new RegulationQuery(Arrays.stream(q.strip().split("[\\s\\u3000]+")).filter(t -> !t.isEmpty()).toList());
    }
}
