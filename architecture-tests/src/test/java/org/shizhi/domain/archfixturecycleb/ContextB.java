package org.shizhi.domain.archfixturecycleb;

import org.shizhi.domain.archfixturecyclea.ContextA;

/** Deliberate violation, the other half of the cycle. */
public class ContextB {
    ContextA other;
}
