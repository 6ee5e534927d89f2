package org.shizhi.adapters.search.analysis;

import java.util.Collection;
import java.util.Map;

/** How many indexed cases hold each term in the {@link CaseFields#FACTS facts} field, as the index being searched sees it. */
@FunctionalInterface
public interface FactStatistics {

    /** For each of {@code terms}, the cases holding it; a term no case holds may be absent from the answer. */
    Map<String, Long> casesHolding(Collection<String> terms);
}
