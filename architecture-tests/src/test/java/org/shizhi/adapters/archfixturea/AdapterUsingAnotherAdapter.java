package org.shizhi.adapters.archfixturea;

import org.shizhi.adapters.archfixtureb.OtherAdapter;

/** Deliberate violation: one adapter reaching into another. */
public class AdapterUsingAnotherAdapter {
    OtherAdapter other = new OtherAdapter();
}
