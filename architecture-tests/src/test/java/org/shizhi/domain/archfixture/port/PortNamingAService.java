package org.shizhi.domain.archfixture.port;

import org.shizhi.domain.archfixture.service.AnnotatedService;

/** Deliberate violation: a port naming a service. */
public interface PortNamingAService {
    AnnotatedService service();
}
