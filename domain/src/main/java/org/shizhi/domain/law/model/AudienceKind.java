package org.shizhi.domain.law.model;

/** Whom a law-publicity event (普法) reached. */
public enum AudienceKind { RESIDENTS, VILLAGERS, STUDENTS, YOUTH, ELDERLY, MIGRANT_WORKERS, ENTERPRISES, CADRES }
