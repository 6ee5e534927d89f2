package org.shizhi.adapters.search.analysis;

import java.util.Collection;
import java.util.Map;

/** How many indexed cases hold each word of the {@code words} field, as the index being searched sees it. */
@FunctionalInterface
public interface WordStatistics {

    /** For each of {@code words}, the cases holding it; a word no case holds may be absent from the answer. */
    Map<String, Long> casesHolding(Collection<String> words);
}
