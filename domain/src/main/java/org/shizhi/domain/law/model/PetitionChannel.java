package org.shizhi.domain.law.model;

import org.shizhi.domain.shared.PublishedModel;

/** How a petition came in (来访、来信、网上信访、热线). */
@PublishedModel
public enum PetitionChannel { VISIT, LETTER, ONLINE, HOTLINE }
