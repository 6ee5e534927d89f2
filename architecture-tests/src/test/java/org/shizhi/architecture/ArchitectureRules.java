package org.shizhi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rules the module graph cannot express. Each is proved able to fail by a deliberate-violation
 * fixture in the {@code archfixture*} packages (see {@link RulesCatchViolationsTest}), and none may pass on an empty
 * selection (ArchUnit's failOnEmptyShould), so every package a rule names must exist.
 */
final class ArchitectureRules {

    static final String DOMAIN = "org.shizhi.domain..";
    static final String ADAPTERS = "org.shizhi.adapters..";
    static final String PLUGINS = "org.shizhi.plugins..";
    static final String APP = "org.shizhi.app..";

    private ArchitectureRules() {
    }

    static final ArchRule DOMAIN_USES_ONLY_JAVA_AND_ITSELF = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN)
            .as("the domain depends only on java.* and on itself");

    static final ArchRule DOMAIN_IS_FREE_OF_FRAMEWORKS = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta..", "javax..", "io.helidon..", "com.fasterxml..", "org.apache.lucene..", "co.elastic..")
            .as("the domain uses no framework (jakarta, helidon, jackson, lucene, elasticsearch)");

    static final ArchRule ADAPTERS_DO_NOT_USE_EACH_OTHER = slices()
            .matching("org.shizhi.adapters.(*)..")
            .should().notDependOnEachOther()
            .as("an adapter never uses another adapter");

    /**
     * The search adapters sit in one top-level adapter package ({@code adapters.search}); among themselves the
     * embedded and the Elasticsearch adapter never use each other, and both may use the shared analysis library
     * ({@code adapters.search.analysis}), which is what keeps their hits identical.
     */
    static final ArchRule SEARCH_ADAPTERS_SHARE_ONLY_THE_ANALYSIS = slices()
            .matching("org.shizhi.adapters.search.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.shizhi.adapters.search.analysis.."))
            .as("a search adapter never uses another search adapter, only the shared analysis");

    static final ArchRule PLUGINS_USE_ONLY_THE_DOMAIN = classes()
            .that().resideInAPackage(PLUGINS)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, PLUGINS)
            .as("a plugin uses only the domain (its SPI and the model types the SPI names)");

    static final ArchRule PLUGINS_DO_NOT_USE_EACH_OTHER = slices()
            .matching("org.shizhi.plugins.(*)..")
            .should().notDependOnEachOther()
            .as("a plugin never uses another plugin");

    static final ArchRule SERVICES_CARRY_NO_FRAMEWORK_ANNOTATIONS = classes()
            .that().resideInAPackage("..service..")
            .should(carryNoFrameworkAnnotation())
            .as("classes in ..service.. carry no framework annotations (they are wired by hand)");

    static final ArchRule DOMAIN_CONTEXTS_ARE_FREE_OF_CYCLES = slices()
            .matching("org.shizhi.domain.(*)..")
            .should().beFreeOfCycles()
            .as("no cycles between domain contexts");

    /**
     * {@code app} is wiring and configuration: it builds adapters and services and hands them out. Argument parsing
     * (picocli) belongs to the command line ({@code org.shizhi.cli}), demo data to {@code org.shizhi.demo}, file formats
     * (CSV, JSON) to adapters, and a class that implements a domain port or SPI is an adapter or domain logic. Only a
     * record may implement a port here: settings read from the configuration and handed over as they are.
     */
    static final ArchRule APP_IS_WIRING_ONLY = noClasses()
            .that().resideInAPackage(APP)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "picocli..", "org.shizhi.demo..", "org.apache.commons.csv..", "com.fasterxml.jackson..")
            .orShould(implementADomainPortOutsideARecord())
            .as("app holds wiring and configuration only: no argument parsing, demo data, file formats or domain port implementations");

    static final List<ArchRule> ALL = List.of(
            DOMAIN_USES_ONLY_JAVA_AND_ITSELF,
            DOMAIN_IS_FREE_OF_FRAMEWORKS,
            ADAPTERS_DO_NOT_USE_EACH_OTHER,
            SEARCH_ADAPTERS_SHARE_ONLY_THE_ANALYSIS,
            PLUGINS_USE_ONLY_THE_DOMAIN,
            PLUGINS_DO_NOT_USE_EACH_OTHER,
            SERVICES_CARRY_NO_FRAMEWORK_ANNOTATIONS,
            DOMAIN_CONTEXTS_ARE_FREE_OF_CYCLES,
            APP_IS_WIRING_ONLY);

    /** Implementing an interface of the domain (a port, a use case, the SPI) is logic; a settings record may. */
    private static ArchCondition<JavaClass> implementADomainPortOutsideARecord() {
        return new ArchCondition<>("implement a domain interface unless it is a record") {
            @Override
            public void check(JavaClass clazz, ConditionEvents events) {
                boolean record = clazz.getRawSuperclass().filter(s -> s.isEquivalentTo(Record.class)).isPresent();
                clazz.getAllRawInterfaces().stream()
                        .filter(i -> i.getPackageName().startsWith("org.shizhi.domain."))
                        .forEach(i -> events.add(new SimpleConditionEvent(clazz, !record,
                                clazz.getName() + " implements the domain interface " + i.getName())));
            }
        };
    }

    /** Annotations of java.* (Override, Deprecated, FunctionalInterface) are language, not framework. */
    private static ArchCondition<JavaClass> carryNoFrameworkAnnotation() {
        return new ArchCondition<>("carry no framework annotation") {
            @Override
            public void check(JavaClass clazz, ConditionEvents events) {
                Stream<HasAnnotations<?>> annotated = Stream.of(
                        Stream.<HasAnnotations<?>>of(clazz),
                        clazz.getFields().stream(),
                        clazz.getConstructors().stream(),
                        clazz.getMethods().stream()).flatMap(s -> s);
                annotated.forEach(element -> element.getAnnotations().stream()
                        .map(JavaAnnotation::getRawType)
                        .filter(type -> !type.getPackageName().startsWith("java."))
                        .forEach(type -> events.add(SimpleConditionEvent.violated(clazz,
                                clazz.getName() + " carries the framework annotation @" + type.getName()
                                        + " on " + element))));
            }
        };
    }
}
