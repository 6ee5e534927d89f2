package org.shizhi.app.archfixture;

import org.shizhi.demo.archfixture.DemoCity;

/** Deliberate violation: app reaching into the demo data, which production does not contain. */
public class AppClassLoadingDemoData {
    DemoCity city = new DemoCity();
}
