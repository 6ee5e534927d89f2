package org.shizhi.adapters.plugins;

/** A plugin that cannot be loaded or configured as asked; the message is the one line an operator sees. */
public final class PluginException extends RuntimeException {

    public PluginException(String message) {
        super(message);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
