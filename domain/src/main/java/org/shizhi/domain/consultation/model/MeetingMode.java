package org.shizhi.domain.consultation.model;

/** Whether a council met in person or on line (seed 001: both). */
public enum MeetingMode { OFFLINE, ONLINE }
