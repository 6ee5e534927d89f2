package org.shizhi.demo.archfixture;

/** Stands for the demo module's data, for the app rule's fixture. */
public class DemoCity {
}
