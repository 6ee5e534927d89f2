package org.shizhi.adapters.search.archfixturec;

import org.shizhi.adapters.search.archfixtured.OtherSearchAdapter;

/** Deliberate violation: one search adapter using another. */
public class SearchAdapterUsingAnother {

    public Object other() {
        return new OtherSearchAdapter();
    }
}
