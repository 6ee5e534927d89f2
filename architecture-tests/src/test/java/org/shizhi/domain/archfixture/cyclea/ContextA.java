package org.shizhi.domain.archfixture.cyclea;

import org.shizhi.domain.archfixture.cycleb.ContextB;

/** Deliberate violation, half of a cycle between two contexts. */
public class ContextA {
    ContextB other;
}
