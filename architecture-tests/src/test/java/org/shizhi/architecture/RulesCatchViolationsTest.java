package org.shizhi.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The companion of every rule: each catches its deliberate violation (the fixtures beside this test),
 * so none can pass vacuously; and every package a rule names has production classes.
 */
class RulesCatchViolationsTest {

    private static JavaClasses fixtures;
    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        fixtures = new ClassFileImporter().importPackages(
                "org.shizhi.domain.archfixture", "org.shizhi.adapters.archfixturea", "org.shizhi.adapters.archfixtureb",
                "org.shizhi.adapters.search.archfixturec", "org.shizhi.adapters.search.archfixtured",
                "org.shizhi.plugins.archfixturea", "org.shizhi.plugins.archfixtureb", "org.shizhi.app.archfixture");
        production = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages("org.shizhi");
    }

    private static void assertCaught(ArchRule rule, String violator) {
        assertThatThrownBy(() -> rule.check(fixtures))
                .as("rule '%s' must fail on its deliberate violation %s", rule.getDescription(), violator)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(rule.getDescription())
                .hasMessageContaining(violator);
    }

    @Test
    void aDomainClassImportingJaxRsIsCaught() {
        assertCaught(ArchitectureRules.DOMAIN_USES_ONLY_JAVA_AND_ITSELF, "DomainClassUsingJaxRs");
        assertCaught(ArchitectureRules.DOMAIN_IS_FREE_OF_FRAMEWORKS, "DomainClassUsingJaxRs");
    }

    @Test
    void anAdapterUsingAnotherAdapterIsCaught() {
        assertCaught(ArchitectureRules.ADAPTERS_DO_NOT_USE_EACH_OTHER, "AdapterUsingAnotherAdapter");
    }

    @Test
    void aSearchAdapterUsingAnotherSearchAdapterIsCaught() {
        assertCaught(ArchitectureRules.SEARCH_ADAPTERS_SHARE_ONLY_THE_ANALYSIS, "SearchAdapterUsingAnother");
    }

    @Test
    void aPluginImportingAnAdapterIsCaught() {
        assertCaught(ArchitectureRules.PLUGINS_USE_ONLY_THE_DOMAIN, "org.shizhi.adapters.persistence.Database");
    }

    @Test
    void aPluginUsingAnotherPluginIsCaught() {
        assertCaught(ArchitectureRules.PLUGINS_DO_NOT_USE_EACH_OTHER, "OtherPlugin");
    }

    @Test
    void aServiceWithAContainerAnnotationIsCaught() {
        assertCaught(ArchitectureRules.SERVICES_CARRY_NO_FRAMEWORK_ANNOTATIONS, "jakarta.enterprise.context.ApplicationScoped");
        assertCaught(ArchitectureRules.SERVICES_CARRY_NO_FRAMEWORK_ANNOTATIONS, "jakarta.inject.Inject");
    }

    @Test
    void aCycleBetweenDomainContextsIsCaught() {
        // The fixture contexts sit one level deeper than real ones: slice them the same way.
        ArchRule cycles = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                .matching("org.shizhi.domain.archfixture.(*)..")
                .should().beFreeOfCycles()
                .as(ArchitectureRules.DOMAIN_CONTEXTS_ARE_FREE_OF_CYCLES.getDescription());
        assertCaught(cycles, "ContextA");
    }

    @Test
    void anAppClassParsingArgumentsLoadingDemoDataOrImplementingAPortIsCaught() {
        assertCaught(ArchitectureRules.APP_IS_WIRING_ONLY, "AppCommandParsingArguments");
        assertCaught(ArchitectureRules.APP_IS_WIRING_ONLY, "picocli.CommandLine");
        assertCaught(ArchitectureRules.APP_IS_WIRING_ONLY, "AppClassLoadingDemoData");
        assertCaught(ArchitectureRules.APP_IS_WIRING_ONLY, "AppClassMappingCases implements the domain interface");
    }

    @Test
    void anAppSettingsRecordMayImplementAPort() {
        ArchRule rule = ArchitectureRules.APP_IS_WIRING_ONLY;
        assertThatThrownBy(() -> rule.check(fixtures)).isInstanceOf(AssertionError.class)
                .satisfies(e -> assertThat(e.getMessage()).as("a record of settings is configuration, not a violation")
                        .doesNotContain("AppSettingsRecord"));
    }

    @Test
    void everyRuleChecksEveryFixtureTypeItNames() {
        assertThat(ArchitectureRules.ALL).as("rules proved above").hasSize(9);
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
    }

    private static Set<String> topLevelPackagesUnder(String prefix) {
        return production.stream()
                .map(c -> c.getPackageName())
                .filter(p -> p.startsWith(prefix))
                .map(p -> p.substring(prefix.length()).split("\\.")[0])
                .collect(Collectors.toSet());
    }
}
