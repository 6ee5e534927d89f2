package org.shizhi.app;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessBean;
import jakarta.enterprise.inject.spi.ProcessInjectionPoint;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hands every use case the REST adapter asks for to CDI as the service the {@link Platform} built for it, so that a new
 * use case needs no producer: an injection point of a domain {@code port.in} interface that no bean serves gets one
 * that asks the platform ({@link Platform#useCase}), counted where {@link PlatformMetrics} counts it. Not final: Weld proxies an extension injected as a bean.
 */
public class UseCaseBeans implements Extension {

    private static final Pattern IN_PORTS = Pattern.compile("org\\.shizhi\\.domain\\.\\w+\\.port\\.in");

    private final Set<Class<?>> wanted = new HashSet<>();
    private final Set<Type> served = new HashSet<>();

    void wanted(@Observes ProcessInjectionPoint<?, ?> point) {
        if (point.getInjectionPoint().getType() instanceof Class<?> type && type.isInterface()
                && IN_PORTS.matcher(type.getPackageName()).matches()) {
            wanted.add(type);
        }
    }

    void served(@Observes ProcessBean<?> bean) {
        served.addAll(bean.getBean().getTypes());
    }

    void add(@Observes AfterBeanDiscovery discovery) {
        wanted.stream().filter(type -> !served.contains(type)).forEach(type -> add(discovery, type));
    }

    /** Fails the start, naming the use case, when the platform has no service for one the adapters ask for. */
    void check(Platform platform) {
        wanted.forEach(platform::useCase);
    }

    private static <T> void add(AfterBeanDiscovery discovery, Class<T> type) {
        discovery.<T>addBean()
                .beanClass(type)
                .types(type, Object.class)
                .produceWith(beans -> beans.select(PlatformMetrics.class).get().counted(type, beans.select(Platform.class).get().useCase(type)));
    }
}
