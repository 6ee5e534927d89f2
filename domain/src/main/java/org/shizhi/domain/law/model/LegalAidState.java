package org.shizhi.domain.law.model;

/** Where a legal-aid application stands: received, decided (granted or refused), assigned to a lawyer, closed. */
public enum LegalAidState { RECEIVED, GRANTED, REFUSED, ASSIGNED, CLOSED }
