package org.shizhi.domain.shared;

/** Rights on top of a role. */
public enum Privilege {
    /** See resident ID numbers and mobiles unmasked. Without it every reader gets {@code masked()} forms. */
    PERSONAL_DATA
}
