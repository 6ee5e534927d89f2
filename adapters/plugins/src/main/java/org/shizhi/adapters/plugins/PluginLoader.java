package org.shizhi.adapters.plugins;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.shizhi.domain.spi.CityPlugin;

/**
 * Finds city plugins with {@link ServiceLoader}: those on the class path, and each jar in the plugins
 * directory in a class loader of its own whose parent passes only the JDK and the domain.
 * Refuses a malformed id, a duplicate id, and a plugin built against an SPI this platform cannot run.
 */
public final class PluginLoader {

    private PluginLoader() {
    }

    public static List<LoadedPlugin> load(ClassLoader platform, Optional<Path> pluginsDirectory) {
        List<LoadedPlugin> found = new ArrayList<>();
        for (CityPlugin plugin : services(ServiceLoader.load(CityPlugin.class, platform), "the class path")) {
            found.add(new LoadedPlugin(plugin, "classpath"));
        }
        pluginsDirectory.filter(Files::isDirectory).ifPresent(dir -> {
            for (Path jar : jars(dir)) {
                URLClassLoader loader = new URLClassLoader("plugin:" + jar.getFileName(), new URL[] {url(jar)}, new SpiOnlyClassLoader(platform));
                for (CityPlugin plugin : services(ServiceLoader.load(CityPlugin.class, loader), jar.toString())) {
                    found.add(new LoadedPlugin(plugin, jar.toString()));
                }
            }
        });
        PluginLoaderChecks.check(found);
        return List.copyOf(found);
    }

    private static List<CityPlugin> services(ServiceLoader<CityPlugin> loader, String where) {
        try {
            return loader.stream().map(ServiceLoader.Provider::get).toList();
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new PluginException("a plugin in " + where + " cannot be loaded: " + e.getMessage(), e);
        }
    }

    private static List<Path> jars(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new PluginException("the plugins directory " + dir + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new PluginException("plugin jar " + jar + " has no usable path", e);
        }
    }
}
