package org.shizhi.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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

    /** Plugins see the SPI and what it names: the shared kernel and published model types, never a port or a service. */
    static final ArchRule PLUGINS_USE_ONLY_THE_DOMAIN = classes()
            .that().resideInAPackage(PLUGINS)
            .should().onlyDependOnClassesThat(resideInAnyPackage("java..", PLUGINS, "org.shizhi.domain.spi..",
                    "org.shizhi.domain.shared").or(publishedModel()))
            .as("a plugin uses only the SPI, the shared kernel and published model types (no port, no service)");

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

    // ---- Issue 14, point 6: who may use what across the hexagon. ----

    static final String PUBLISHED_MODEL = "org.shizhi.domain.shared.PublishedModel";

    /**
     * The REST adapter drives the domain through its in-ports and speaks its model types; it never reaches past
     * them into out-ports, services or the SPI. One use is a named exception: the plugins' list, their campaign
     * templates ({@code CityCatalogue}) and the SPI value types an area's plugin assessment is made of, which the
     * assessment context's {@code AreaAssessmentQuery} answers.
     */
    static final ArchRule REST_USES_ONLY_IN_PORTS_AND_MODELS = classes()
            .that().resideInAPackage("org.shizhi.adapters.rest..")
            .should().onlyDependOnClassesThat(DescribedPredicate.not(resideInAPackage(DOMAIN))
                    .or(resideInAnyPackage("org.shizhi.domain.*.port.in..", "org.shizhi.domain.*.model..",
                            "org.shizhi.domain.shared"))
                    .or(nameMatching("org\\.shizhi\\.domain\\.spi\\.(InstalledPlugins?|CityCatalogue|AssessmentPeriod"
                            + "|AssessmentScheme|Indicator|IndicatorValue|CampaignTemplate|SpiVersion)(\\$.*)?")))
            .as("the REST adapter uses the domain only through port.in, model types and the shared kernel");

    /**
     * The REST adapter is one package per context ({@code rest.grid}, {@code rest.law}, ...); they share only the
     * plumbing ({@code rest.http}) and the generated contract ({@code rest.api}, {@code rest.model}), and the plumbing
     * knows no context (a context brings its own parts, such as its {@code ReplayRules}).
     */
    static final ArchRule REST_CONTEXTS_MEET_ONLY_THROUGH_THE_PLUMBING = slices()
            .matching("org.shizhi.adapters.rest.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAnyPackage("org.shizhi.adapters.rest.http..",
                    "org.shizhi.adapters.rest.api..", "org.shizhi.adapters.rest.model.."))
            .as("a REST context package never uses another, and rest.http uses none");

    /** Driven adapters answer out-ports; none drives the domain (an in-port) or reaches a service. */
    static final ArchRule DRIVEN_ADAPTERS_NEVER_DRIVE_THE_DOMAIN = noClasses()
            .that().resideInAnyPackage("org.shizhi.adapters.persistence..", "org.shizhi.adapters.search..",
                    "org.shizhi.adapters.calendar..", "org.shizhi.adapters.plugins..", "org.shizhi.adapters.webhooks..")
            // ProgrammeRunner runs the programmes on a schedule, a driver: it leaves the plugin host (issue 14, point 2).
            .and().doNotHaveFullyQualifiedName("org.shizhi.adapters.plugins.ProgrammeRunner")
            .should().dependOnClassesThat().resideInAnyPackage("org.shizhi.domain..port.in..", "org.shizhi.domain..service..")
            .as("a driven adapter (persistence, search, calendar, plugin host, webhooks) never uses port.in or a service");

    static final ArchRule PORTS_NEVER_DEPEND_ON_SERVICES = noClasses()
            .that().resideInAPackage("org.shizhi.domain..port..")
            .should().dependOnClassesThat().resideInAPackage("org.shizhi.domain..service..")
            .as("a port never depends on a service");

    /**
     * A context (or the SPI) uses another context only through that context's {@code port.in} and the model types
     * it publishes ({@code @PublishedModel}); the shared kernel ({@code domain.shared}) is everyone's.
     */
    static final ArchRule CONTEXTS_MEET_ONLY_AT_IN_PORTS_AND_PUBLISHED_MODELS = classes()
            .that().resideInAPackage(DOMAIN)
            .should(reachOtherContextsOnlyThroughInPortsAndPublishedModels())
            .as("a domain context reaches another only through its port.in and published model types");

    /** Every rule field of this class, found by reflection: ArchitectureTest and the companions must cover them all. */
    static Map<String, ArchRule> all() {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        for (Field field : ArchitectureRules.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && ArchRule.class.isAssignableFrom(field.getType())) {
                try {
                    rules.put(field.getName(), (ArchRule) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return rules;
    }

    static DescribedPredicate<JavaClass> publishedModel() {
        return DescribedPredicate.describe("a published model type (@PublishedModel)", ArchitectureRules::isPublished);
    }

    static boolean isPublished(JavaClass type) {
        for (Optional<JavaClass> c = Optional.of(type); c.isPresent(); c = c.get().getEnclosingClass()) {
            if (c.get().isAnnotatedWith(PUBLISHED_MODEL)) {
                return true;
            }
        }
        return false;
    }

    /** The context a domain class belongs to: the package segment after {@code org.shizhi.domain.}. */
    private static String contextOf(JavaClass type) {
        String rest = type.getPackageName().substring("org.shizhi.domain.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static ArchCondition<JavaClass> reachOtherContextsOnlyThroughInPortsAndPublishedModels() {
        return new ArchCondition<>("reach other contexts only through their port.in and published models") {
            @Override
            public void check(JavaClass clazz, ConditionEvents events) {
                String own = contextOf(clazz);
                for (Dependency dependency : clazz.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (target.isArray()) {
                        target = target.getBaseComponentType();
                    }
                    if (!target.getPackageName().startsWith("org.shizhi.domain.")) {
                        continue;
                    }
                    String other = contextOf(target);
                    // The SPI is published as a whole: it is the platform's contract with plugins, and a context whose rules come
                    // from plugins (assessment's schemes and indicators) speaks it.
                    if (other.equals(own) || other.equals("shared") || other.equals("spi")) {
                        continue;
                    }
                    boolean inPort = target.getPackageName().startsWith("org.shizhi.domain." + other + ".port.in");
                    if (!inPort && !isPublished(target)) {
                        events.add(SimpleConditionEvent.violated(clazz, clazz.getName() + " (context " + own + ") uses "
                                + target.getName() + ", neither port.in nor a published model of context " + other
                                + ": " + dependency.getDescription()));
                    }
                }
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
