package org.shizhi.adapters.search.archfixtured;

/** The other side of {@code SearchAdapterUsingAnother}'s violation. */
public class OtherSearchAdapter {
}
