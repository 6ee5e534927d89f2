package org.shizhi.adapters.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.shizhi.adapters.rest.api.PluginsApi;
import org.shizhi.adapters.rest.model.Plugin;
import org.shizhi.adapters.rest.model.PluginList;
import org.shizhi.domain.spi.InstalledPlugins;

@Path("/")
@ApplicationScoped
public class PluginsResource implements PluginsApi {

    private final InstalledPlugins plugins;

    @Inject
    public PluginsResource(InstalledPlugins plugins) {
        this.plugins = plugins;
    }

    /** What the platform runs is for those who operate it or build on it. */
    @Override
    @RolesAllowed({"CITY_ADMIN", "INTEGRATOR", "AUDITOR"})
    public Response listPlugins() {
        var items = plugins.all().stream()
                .map(p -> new Plugin(p.id(), p.name(), p.spiVersion().toString(), p.origin(), p.enabledForCities()))
                .toList();
        return Response.ok(new PluginList(items)).build();
    }
}
