package org.shizhi.adapters.rest.http;

import jakarta.enterprise.context.Dependent;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;

/**
 * Enforces {@code @RolesAllowed} on every resource method against the roles of the verified token
 * (MicroProfile JWT puts its {@code groups} there): Helidon authenticates, Jersey authorizes.
 * A method without the annotation would be open, which the security matrix test forbids.
 */
@Provider
@Dependent
public class RoleChecks extends RolesAllowedDynamicFeature {
}
