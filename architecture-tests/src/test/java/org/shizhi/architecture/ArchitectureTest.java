package org.shizhi.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules over the platform's production classes (every module is on this module's class path). */
@AnalyzeClasses(packages = "org.shizhi",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainUsesOnlyJavaAndItself = ArchitectureRules.DOMAIN_USES_ONLY_JAVA_AND_ITSELF;

    @ArchTest
    static final ArchRule domainIsFreeOfFrameworks = ArchitectureRules.DOMAIN_IS_FREE_OF_FRAMEWORKS;

    @ArchTest
    static final ArchRule adaptersDoNotUseEachOther = ArchitectureRules.ADAPTERS_DO_NOT_USE_EACH_OTHER;

    @ArchTest
    static final ArchRule pluginsUseOnlyTheDomain = ArchitectureRules.PLUGINS_USE_ONLY_THE_DOMAIN;

    @ArchTest
    static final ArchRule pluginsDoNotUseEachOther = ArchitectureRules.PLUGINS_DO_NOT_USE_EACH_OTHER;

    @ArchTest
    static final ArchRule servicesCarryNoFrameworkAnnotations = ArchitectureRules.SERVICES_CARRY_NO_FRAMEWORK_ANNOTATIONS;

    @ArchTest
    static final ArchRule domainContextsAreFreeOfCycles = ArchitectureRules.DOMAIN_CONTEXTS_ARE_FREE_OF_CYCLES;

    @ArchTest
    static final ArchRule appIsWiringOnly = ArchitectureRules.APP_IS_WIRING_ONLY;

    @ArchTest
    static final ArchRule searchAdaptersShareOnlyTheAnalysis = ArchitectureRules.SEARCH_ADAPTERS_SHARE_ONLY_THE_ANALYSIS;

    @ArchTest
    static final ArchRule restUsesOnlyInPortsAndModels = ArchitectureRules.REST_USES_ONLY_IN_PORTS_AND_MODELS;

    @ArchTest
    static final ArchRule restContextsMeetOnlyThroughThePlumbing = ArchitectureRules.REST_CONTEXTS_MEET_ONLY_THROUGH_THE_PLUMBING;

    @ArchTest
    static final ArchRule drivenAdaptersNeverDriveTheDomain = ArchitectureRules.DRIVEN_ADAPTERS_NEVER_DRIVE_THE_DOMAIN;

    @ArchTest
    static final ArchRule portsNeverDependOnServices = ArchitectureRules.PORTS_NEVER_DEPEND_ON_SERVICES;

    @ArchTest
    static final ArchRule contextsMeetOnlyAtInPortsAndPublishedModels =
            ArchitectureRules.CONTEXTS_MEET_ONLY_AT_IN_PORTS_AND_PUBLISHED_MODELS;

    /** The modules' test-jars (contracts, doubles, the Elasticsearch test server) hold no production class. */
    public static final class DoNotIncludeTestJars implements ImportOption {

        private static final java.util.regex.Pattern TEST_JAR = java.util.regex.Pattern.compile(".*-tests\\.jar!/.*");

        @Override
        public boolean includes(Location location) {
            return !location.matches(TEST_JAR);
        }
    }
}
