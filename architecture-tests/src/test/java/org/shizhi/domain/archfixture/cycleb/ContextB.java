package org.shizhi.domain.archfixture.cycleb;

import org.shizhi.domain.archfixture.cyclea.ContextA;

/** Deliberate violation, the other half of the cycle. */
public class ContextB {
    ContextA other;
}
