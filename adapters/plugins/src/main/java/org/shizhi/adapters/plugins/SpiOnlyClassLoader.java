package org.shizhi.adapters.plugins;

/**
 * The parent of every external plugin's class loader: it lets through the JDK and the platform's domain
 * (the SPI and the model types it names) and nothing else, so a plugin jar cannot reach the adapters,
 * the application or the platform's libraries, nor clash with them.
 */
final class SpiOnlyClassLoader extends ClassLoader {

    private static final String DOMAIN = "org.shizhi.domain.";

    private final ClassLoader platform;

    SpiOnlyClassLoader(ClassLoader platform) {
        super("shizhi-spi", ClassLoader.getPlatformClassLoader());
        this.platform = platform;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(DOMAIN)) {
            return platform.loadClass(name);
        }
        return super.loadClass(name, resolve); // the JDK only
    }

    @Override
    public java.net.URL getResource(String name) {
        return null; // the platform's own service files and resources stay invisible to plugins
    }

    @Override
    public java.util.Enumeration<java.net.URL> getResources(String name) {
        return java.util.Collections.emptyEnumeration();
    }
}
