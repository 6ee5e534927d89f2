package org.shizhi.domain.consultation.model;

/**
 * The kinds of council residents deliberate in: a residents' council (居民议事会), a villagers' representatives' talk
 * (村民代表话事), a children's council (儿童议事会), a public-opinion talk (民情恳谈会) and an open-air courtyard meeting
 * (坝坝会).
 */
public enum CouncilKind { RESIDENTS_COUNCIL, VILLAGE_REPRESENTATIVES_TALK, CHILDREN, PUBLIC_OPINION_TALK, COURTYARD_MEETING }
