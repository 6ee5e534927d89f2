package org.shizhi.adapters.rest.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The API as one JAX-RS application, authenticated with MicroProfile JWT bearer tokens. Every resource
 * method declares its roles with {@code @RolesAllowed}; a test proves none is left open.
 */
@LoginConfig(authMethod = "MP-JWT")
@ApplicationPath("/")
@ApplicationScoped
public class ShizhiApplication extends Application {
}
