package org.shizhi.domain.law.model;

/**
 * A local regulation's standing: in force; amended (修正/修订: in force as amended by the named act); repealed (废止:
 * not in force from the repealing act's date).
 */
public enum RegulationStatus { IN_FORCE, AMENDED, REPEALED }
