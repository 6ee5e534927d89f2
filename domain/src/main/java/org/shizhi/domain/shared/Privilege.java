package org.shizhi.domain.shared;

/** Rights on top of a role. */
public enum Privilege {
    /** See residents' and reporters' names, ID numbers and mobiles unmasked. Without it every reader gets masked forms. */
    PERSONAL_DATA
}
