package org.shizhi.domain.archfixturecyclea;

import org.shizhi.domain.archfixturecycleb.ContextB;

/** Deliberate violation, half of a cycle between two contexts. */
public class ContextA {
    ContextB other;
}
