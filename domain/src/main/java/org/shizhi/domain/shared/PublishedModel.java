package org.shizhi.domain.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A model type its context publishes: another context (or the plugin SPI, and so the plugins) may name it; also a feed
 * it publishes for another context to drain (the archive outboxes of closed events and disputes). Every
 * other model type is the context's own, reached from outside only through its {@code port.in}. A nested type is
 * published with its enclosing type, or on its own. The architecture rules read this mark; the list is in
 * docs/architecture.md ("Published model").
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PublishedModel {
}
