package org.shizhi.domain.archfixture.service;

/** Deliberate violation: a service that a container would pick up by annotation. */
@jakarta.enterprise.context.ApplicationScoped
public class AnnotatedService {

    @jakarta.inject.Inject
    public AnnotatedService() {
    }
}
