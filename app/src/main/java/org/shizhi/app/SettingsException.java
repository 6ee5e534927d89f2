package org.shizhi.app;

/** A setting that is missing or wrong; its message is the one line an operator sees. */
public final class SettingsException extends RuntimeException {

    public SettingsException(String key, String problem) {
        super("setting '" + key + "' " + problem);
    }
}
