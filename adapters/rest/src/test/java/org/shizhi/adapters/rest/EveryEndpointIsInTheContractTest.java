package org.shizhi.adapters.rest;

import org.shizhi.adapters.rest.archive.ArchiveResource;
import org.shizhi.adapters.rest.party.PartyResource;
import org.shizhi.adapters.rest.campaign.CampaignsResource;
import org.shizhi.adapters.rest.grid.AreasResource;
import org.shizhi.adapters.rest.archive.AuditResource;
import org.shizhi.adapters.rest.archive.SavedSearchesResource;
import org.shizhi.adapters.rest.grid.DigestsResource;
import org.shizhi.adapters.rest.dispute.DisputesResource;
import org.shizhi.adapters.rest.grid.EventsResource;
import org.shizhi.adapters.rest.grid.GridsResource;
import org.shizhi.adapters.rest.programme.PluginsResource;
import org.shizhi.adapters.rest.programme.ProgrammesResource;
import org.shizhi.adapters.rest.grid.RegistersResource;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract is the only source of paths: a resource implements the interfaces generated from it and declares no
 * route of its own, so a path or method changed in code without the document does not exist, and one changed in the
 * document no longer compiles.
 */
class EveryEndpointIsInTheContractTest {

    private static final Set<Class<? extends Annotation>> ROUTES =
            Set.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class, OPTIONS.class, Path.class);

    static final List<Class<?>> RESOURCES = List.of(AreasResource.class, PluginsResource.class, GridsResource.class,
            RegistersResource.class, EventsResource.class, DisputesResource.class, DigestsResource.class, ProgrammesResource.class,
            ArchiveResource.class, AuditResource.class, SavedSearchesResource.class, PartyResource.class,
            CampaignsResource.class,
            org.shizhi.adapters.rest.law.LawResource.class, org.shizhi.adapters.rest.consultation.ConsultationResource.class,
            org.shizhi.adapters.rest.assessment.AssessmentResource.class,
            org.shizhi.adapters.rest.assessment.SupervisionResource.class,
            org.shizhi.adapters.rest.signin.SignInResource.class,
            org.shizhi.adapters.rest.integration.WebhooksResource.class);

    @Test
    void noResourceDeclaresARouteTheGeneratedInterfacesDoNot() {
        List<String> ownRoutes = new ArrayList<>();
        for (Class<?> resource : RESOURCES) {
            for (Method method : resource.getDeclaredMethods()) {
                Arrays.stream(method.getDeclaredAnnotations())
                        .filter(a -> ROUTES.contains(a.annotationType()))
                        .forEach(a -> ownRoutes.add(resource.getSimpleName() + "." + method.getName() + " @" + a.annotationType().getSimpleName()));
            }
        }
        assertThat(ownRoutes).as("routes declared outside the contract (declare them in openapi.yaml instead)").isEmpty();
    }

    @Test
    void everyResourceImplementsAGeneratedInterfaceAndSitsAtTheRoot() {
        for (Class<?> resource : RESOURCES) {
            assertThat(resource.getInterfaces()).as(resource.getSimpleName() + " implements")
                    .anySatisfy(i -> assertThat(i.getPackageName()).isEqualTo("org.shizhi.adapters.rest.api"));
            assertThat(resource.getAnnotation(Path.class).value()).as(resource.getSimpleName() + "'s class path").isEqualTo("/");
        }
    }

    @Test
    void theListAboveHoldsEveryResourceOfTheAdapter() throws Exception {
        // A resource missing from RESOURCES would escape the checks: find them all by their @Path.
        var root = java.nio.file.Path.of(EveryEndpointIsInTheContractTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes").resolve("org/shizhi/adapters/rest");
        List<String> annotated = new ArrayList<>();
        try (var files = java.nio.file.Files.walk(root)) {
            for (var file : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).toList()) {
                String name = root.relativize(file).toString().replace(".class", "").replace(java.io.File.separatorChar, '.');
                Class<?> type = Class.forName("org.shizhi.adapters.rest." + name);
                if (type.isAnnotationPresent(Path.class) && !type.isInterface()) {
                    annotated.add(type.getSimpleName());
                }
            }
        }
        assertThat(annotated).containsExactlyInAnyOrderElementsOf(RESOURCES.stream().map(Class::getSimpleName).toList());
    }
}
