package org.shizhi.plugins.archfixtureb;

public class OtherPlugin {
}
