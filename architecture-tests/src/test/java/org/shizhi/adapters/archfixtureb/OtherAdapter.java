package org.shizhi.adapters.archfixtureb;

public class OtherAdapter {
}
