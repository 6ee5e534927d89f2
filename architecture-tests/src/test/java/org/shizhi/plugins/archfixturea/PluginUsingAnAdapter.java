package org.shizhi.plugins.archfixturea;

import org.shizhi.adapters.persistence.Database;
import org.shizhi.plugins.archfixtureb.OtherPlugin;

/** Deliberate violation: a plugin reaching past the SPI into an adapter, and into another plugin. */
public class PluginUsingAnAdapter {
    Database database;
    OtherPlugin other;
}
