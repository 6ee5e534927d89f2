package org.shizhi.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules over the platform's production classes (every module is on this module's class path). */
@AnalyzeClasses(packages = "org.shizhi", importOptions = ImportOption.DoNotIncludeTests.class)
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
}
