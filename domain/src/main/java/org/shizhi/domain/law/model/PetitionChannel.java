package org.shizhi.domain.law.model;

/** How a petition came in (来访、来信、网上信访、热线). */
public enum PetitionChannel { VISIT, LETTER, ONLINE, HOTLINE }
