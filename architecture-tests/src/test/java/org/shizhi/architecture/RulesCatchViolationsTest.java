package org.shizhi.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The companion of every rule: each catches its deliberate violation (the fixtures beside this test), so none can
 * pass vacuously; every rule field of {@link ArchitectureRules} has a companion here and runs in
 * {@link ArchitectureTest} (found by reflection, so a rule added and not run fails); and every package a rule names
 * has production classes.
 */
class RulesCatchViolationsTest {

    /** Each rule and what its failure over the fixtures must name. */
    private static final Map<String, List<String>> VIOLATIONS = new LinkedHashMap<>();

    static {
        VIOLATIONS.put("DOMAIN_USES_ONLY_JAVA_AND_ITSELF", List.of("DomainClassUsingJaxRs"));
        VIOLATIONS.put("DOMAIN_IS_FREE_OF_FRAMEWORKS", List.of("DomainClassUsingJaxRs"));
        VIOLATIONS.put("ADAPTERS_DO_NOT_USE_EACH_OTHER", List.of("AdapterUsingAnotherAdapter"));
        VIOLATIONS.put("SEARCH_ADAPTERS_SHARE_ONLY_THE_ANALYSIS", List.of("SearchAdapterUsingAnother"));
        VIOLATIONS.put("PLUGINS_USE_ONLY_THE_DOMAIN", List.of("org.shizhi.adapters.persistence.Database",
                "org.shizhi.domain.grid.service.GridService", "org.shizhi.domain.grid.port.out.GridRepository",
                "org.shizhi.domain.grid.model.Grid>"));
        VIOLATIONS.put("PLUGINS_DO_NOT_USE_EACH_OTHER", List.of("OtherPlugin"));
        VIOLATIONS.put("SERVICES_CARRY_NO_FRAMEWORK_ANNOTATIONS", List.of("jakarta.enterprise.context.ApplicationScoped",
                "jakarta.inject.Inject"));
        VIOLATIONS.put("DOMAIN_CONTEXTS_ARE_FREE_OF_CYCLES", List.of("ContextA"));
        VIOLATIONS.put("REST_USES_ONLY_IN_PORTS_AND_MODELS", List.of("RestUsingAnOutPortAndAService",
                "org.shizhi.domain.grid.port.out.GridRepository", "org.shizhi.domain.grid.service.GridService"));
        VIOLATIONS.put("REST_CONTEXTS_MEET_ONLY_THROUGH_THE_PLUMBING", List.of("RestContextUsingAnother"));
        VIOLATIONS.put("DRIVEN_ADAPTERS_NEVER_DRIVE_THE_DOMAIN", List.of("RepositoryDrivingTheDomain",
                "org.shizhi.domain.grid.port.in.ReportEventUseCase", "org.shizhi.domain.grid.service.GridEventService"));
        VIOLATIONS.put("PORTS_NEVER_DEPEND_ON_SERVICES", List.of("PortNamingAService"));
        VIOLATIONS.put("CONTEXTS_MEET_ONLY_AT_IN_PORTS_AND_PUBLISHED_MODELS", List.of("ContextReachingIntoGrid",
                "org.shizhi.domain.grid.model.Grid,", "org.shizhi.domain.grid.service.GridService",
                "org.shizhi.domain.grid.port.out.GridRepository"));
        VIOLATIONS.put("APP_IS_WIRING_ONLY", List.of("AppCommandParsingArguments", "picocli.CommandLine",
                "AppClassLoadingDemoData", "AppClassMappingCases implements the domain interface"));
    }

    private static JavaClasses fixtures;
    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        fixtures = new ClassFileImporter().importPackages(
                "org.shizhi.domain.archfixture", "org.shizhi.domain.archfixturecyclea", "org.shizhi.domain.archfixturecycleb",
                "org.shizhi.adapters.archfixturea", "org.shizhi.adapters.archfixtureb",
                "org.shizhi.adapters.search.archfixturec", "org.shizhi.adapters.search.archfixtured",
                "org.shizhi.adapters.rest.archfixture", "org.shizhi.adapters.rest.archfixtureb", "org.shizhi.adapters.persistence.archfixture",
                "org.shizhi.plugins.archfixturea", "org.shizhi.plugins.archfixtureb", "org.shizhi.app.archfixture");
        production = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .withImportOption(new ArchitectureTest.DoNotIncludeTestJars()).importPackages("org.shizhi");
    }

    static Stream<String> rules() {
        return VIOLATIONS.keySet().stream();
    }

    @ParameterizedTest(name = "{0} catches its deliberate violation")
    @MethodSource("rules")
    void everyRuleCatchesItsDeliberateViolation(String name) {
        ArchRule rule = ArchitectureRules.all().get(name);
        assertThat(rule).as("ArchitectureRules.%s exists", name).isNotNull();
        for (String violator : VIOLATIONS.get(name)) {
            assertThatThrownBy(() -> rule.check(fixtures))
                    .as("rule '%s' must fail on its deliberate violation %s", rule.getDescription(), violator)
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining(rule.getDescription())
                    .hasMessageContaining(violator);
        }
    }

    @Test
    void everyRuleFieldHasACompanionFixture() {
        assertThat(VIOLATIONS.keySet()).as("rule fields of ArchitectureRules proved able to fail above")
                .containsExactlyInAnyOrderElementsOf(ArchitectureRules.all().keySet());
    }

    @Test
    void anAppSettingsRecordMayImplementAPort() {
        ArchRule rule = ArchitectureRules.APP_IS_WIRING_ONLY;
        assertThatThrownBy(() -> rule.check(fixtures)).isInstanceOf(AssertionError.class)
                .satisfies(e -> assertThat(e.getMessage()).as("a record of settings is configuration, not a violation")
                        .doesNotContain("AppSettingsRecord"));
    }

    @Test
    void everyRuleFieldRunsAgainstProductionClasses() throws IllegalAccessException {
        Set<ArchRule> run = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Field field : ArchitectureTest.class.getDeclaredFields()) {
            if (field.isAnnotationPresent(ArchTest.class) && Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                run.add((ArchRule) field.get(null));
            }
        }
        List<String> notRun = new ArrayList<>();
        ArchitectureRules.all().forEach((name, rule) -> {
            if (!run.contains(rule)) {
                notRun.add(name);
            }
        });
        assertThat(notRun).as("rule fields of ArchitectureRules that ArchitectureTest never runs on production classes")
                .isEmpty();
    }

    @Test
    void everyPackageARuleNamesHasProductionClasses() {
        assertThat(topLevelPackagesUnder("org.shizhi.domain."))
                .as("domain contexts (a cycle rule needs at least two)")
                .contains("grid", "shared");
        assertThat(topLevelPackagesUnder("org.shizhi.adapters."))
                .as("adapters (a no-mutual-use rule needs at least two)")
                .contains("persistence", "rest", "calendar");
        assertThat(topLevelPackagesUnder("org.shizhi.adapters.search."))
                .as("search adapters and their shared analysis")
                .contains("lucene", "elasticsearch", "analysis");
        assertThat(topLevelPackagesUnder("org.shizhi.plugins."))
                .as("plugins present for the plugin rules")
                .isNotEmpty();
        assertThat(production.stream().filter(c -> c.getPackageName().startsWith("org.shizhi.app")).count())
                .as("classes in app for the wiring rule")
                .isPositive();
        assertThat(production.stream().filter(c -> c.getPackageName().contains(".service")).count())
                .as("classes in ..service..")
                .isPositive();
        assertThat(production.stream().filter(ArchitectureRules::isPublished).count())
                .as("published model types (the context rule's exception)")
                .isPositive();
    }

    private static Set<String> topLevelPackagesUnder(String prefix) {
        return production.stream()
                .map(c -> c.getPackageName())
                .filter(p -> p.startsWith(prefix))
                .map(p -> p.substring(prefix.length()).split("\\.")[0])
                .collect(Collectors.toSet());
    }
}
