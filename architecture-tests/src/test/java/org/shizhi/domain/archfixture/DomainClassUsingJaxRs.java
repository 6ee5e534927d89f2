package org.shizhi.domain.archfixture;

import jakarta.ws.rs.Path;

/** Deliberate violation: a domain class importing a REST framework. Never on a production class path. */
@Path("/violation")
public class DomainClassUsingJaxRs {
}
