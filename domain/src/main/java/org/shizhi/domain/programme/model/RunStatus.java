package org.shizhi.domain.programme.model;

/** Where a programme's run stands: claimed and running, or finished one way or the other. */
public enum RunStatus { RUNNING, SUCCEEDED, FAILED }
