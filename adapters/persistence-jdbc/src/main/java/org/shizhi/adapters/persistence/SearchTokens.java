package org.shizhi.adapters.persistence;

import java.util.List;

/**
 * How a text becomes the tokens a search matches: given by the application (the case archive's Chinese analysis), so
 * this adapter stores and queries them without depending on a search adapter.
 */
@FunctionalInterface
public interface SearchTokens {

    /** The text's tokens in order. */
    List<String> of(String text);
}
