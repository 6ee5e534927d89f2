package org.shizhi.adapters.rest.http;

import java.util.List;

/**
 * A context's creates given again: each {@code rest.<context>} package offers one bean of this type with a rule per
 * Location its creates answer, so that {@link Replays} knows them all without reaching into any context.
 */
public interface ReplayRules {

    List<ReplayRule> rules();
}
