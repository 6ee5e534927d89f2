package org.shizhi.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import java.time.Clock;
import java.util.function.Function;
import org.shizhi.domain.dispute.service.DisputeService;
import org.shizhi.domain.grid.service.AreaService;
import org.shizhi.domain.grid.service.GridEventService;
import org.shizhi.domain.grid.service.GridService;
import org.shizhi.domain.grid.service.RegisterService;
import org.shizhi.domain.shared.WorkCalendar;
import org.shizhi.domain.spi.InstalledPlugins;
import org.shizhi.app.security.EmbeddedSignIn;

/**
 * Hands the hand-wired {@link Platform} to CDI: the platform itself, and what the adapters need besides use cases (the
 * use cases reach them through {@link UseCaseBeans}).
 */
@ApplicationScoped
public class Wiring {

    @Produces
    @Singleton
    Platform platform(Config config) {
        return Platform.open(Settings.from(config), config);
    }

    void close(@Disposes Platform platform) {
        platform.close();
    }

    /** Open the platform while starting, not at the first request: migrations and demo data before listening. */
    void eager(@Observes @Initialized(ApplicationScoped.class) Object started, Platform platform, UseCaseBeans useCases,
               org.shizhi.adapters.rest.signin.LocalSignIn signIn, org.shizhi.adapters.rest.signin.IdentityProvider provider,
               PlatformMetrics metrics) {
        useCases.check(platform);
        metrics.register(platform);
    }

    /**
     * The web console's local sign-in: on the embedded default's key and users, off where the platform trusts an
     * external identity provider (the production profile, or another issuer than the embedded key's). Made while
     * starting (see {@link #eager}), so that a wrong user entry stops the start with its key named.
     */
    @Produces
    @Singleton
    org.shizhi.adapters.rest.signin.LocalSignIn localSignIn(Platform platform, Config config) {
        Settings settings = platform.settings();
        String issuer = config.getOptionalValue("mp.jwt.verify.issuer", String.class).orElse("");
        java.util.Optional<java.nio.file.Path> signingKey = EmbeddedSignIn.signingKeyBeside(
                config.getOptionalValue("mp.jwt.verify.publickey.location", String.class).orElse(""));
        java.util.Optional<String> off = EmbeddedSignIn.offBecause(settings.profile() == Settings.Profile.PRODUCTION, issuer, signingKey);
        if (off.isPresent()) {
            return EmbeddedSignIn.off(off.get());
        }
        java.util.Map<String, String> users = new java.util.HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(EmbeddedSignIn.USER_PREFIX)) {
                config.getOptionalValue(name, String.class).ifPresent(v -> users.put(name.substring(EmbeddedSignIn.USER_PREFIX.length()), v));
            }
        }
        long minutes = config.getOptionalValue(EmbeddedSignIn.TTL_MINUTES, Long.class).orElse(EmbeddedSignIn.DEFAULT_TTL.toMinutes());
        if (minutes < 1 || minutes > 7 * 24 * 60) {
            throw new SettingsException(EmbeddedSignIn.TTL_MINUTES, "must be 1 to 10080 minutes, not " + minutes);
        }
        try {
            return EmbeddedSignIn.on(signingKey.orElseThrow(), users, issuer,
                    config.getValue("mp.jwt.verify.audiences", String.class).split(",")[0].strip(),
                    java.time.Duration.ofMinutes(minutes), Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            throw new SettingsException(EmbeddedSignIn.USER_PREFIX + "*", e.getMessage());
        }
    }

    /**
     * The city's identity provider for the console's OpenID Connect sign-in ({@code shizhi.oidc.*}); none configured on
     * the embedded default. A wrong setting stops the start with its key named.
     */
    @Produces
    @Singleton
    org.shizhi.adapters.rest.signin.IdentityProvider identityProvider(Config config) {
        try {
            return org.shizhi.adapters.rest.signin.OidcDiscovery.from(
                    config.getOptionalValue(org.shizhi.adapters.rest.signin.IdentityProvider.ISSUER, String.class),
                    config.getOptionalValue(org.shizhi.adapters.rest.signin.OidcDiscovery.CLIENT_ID, String.class),
                    config.getOptionalValue(org.shizhi.adapters.rest.signin.OidcDiscovery.SCOPE, String.class),
                    config.getOptionalValue("mp.jwt.verify.issuer", String.class).orElse(""), Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            throw new SettingsException(e.getMessage().split(" ", 2)[0], e.getMessage().split(" ", 2)[1]);
        }
    }

    @Produces
    org.shizhi.adapters.rest.archive.CaseLineImport caseLineImport(Platform platform, PlatformMetrics metrics) {
        return metrics.counted(platform.caseLineImport());
    }

    @Produces
    InstalledPlugins installedPlugins(Platform platform) {
        return platform.plugins();
    }

    @Produces
    org.shizhi.domain.spi.CityCatalogue cityCatalogue(Platform platform) {
        return platform.catalogue();
    }

    @Produces
    org.shizhi.adapters.rest.http.IdempotencyRecords idempotencyRecords(Platform platform) {
        return new IdempotencyRecordsInDatabase(platform.database().idempotencyRecords());
    }

    @Produces
    Clock clock(Platform platform) {
        return platform.clock();
    }

    @Produces
    WorkCalendar workCalendar(Platform platform) {
        return platform.workCalendar();
    }

    // For a loader that enters records through the services as a city's staff would (the demo module, on the class path
    // only where ./shizhi start and the tests put it): the services by their own type only, so that no use-case
    // injection point sees two beans, and the clock-taking ones on another clock.

    @Produces
    @Typed(AreaService.class)
    AreaService areaService(Platform platform) {
        return platform.areaService();
    }

    @Produces
    @Typed(GridService.class)
    GridService gridService(Platform platform) {
        return platform.gridService();
    }

    @Produces
    @Typed(RegisterService.class)
    RegisterService registerService(Platform platform) {
        return platform.registerService();
    }

    @Produces
    @Typed(DisputeService.class)
    DisputeService disputeService(Platform platform) {
        return platform.disputeService();
    }

    @Produces
    Function<Clock, GridEventService> gridEventServiceAt(Platform platform) {
        return platform::gridEventServiceAt;
    }

    @Produces
    Function<Clock, DisputeService> disputeServiceAt(Platform platform) {
        return platform::disputeServiceAt;
    }

    @Produces
    Function<Clock, org.shizhi.domain.campaign.service.CampaignService> campaignServiceAt(Platform platform) {
        return platform::campaignServiceAt;
    }

    @Produces
    Function<Clock, org.shizhi.domain.law.service.LawService> lawServiceAt(Platform platform) {
        return at -> platform.lawServiceAt(at, platform.disputeServiceAt(at));
    }

    @Produces
    Function<Clock, org.shizhi.domain.consultation.service.ConsultationService> consultationServiceAt(Platform platform) {
        return platform::consultationServiceAt;
    }

    @Produces
    Function<Clock, org.shizhi.domain.assessment.service.SupervisionService> supervisionServiceAt(Platform platform) {
        return platform::supervisionServiceAt;
    }

    @Produces
    Function<Clock, org.shizhi.domain.assessment.service.SchemeAssessmentService> schemeAssessmentServiceAt(Platform platform) {
        return platform::schemeAssessmentServiceAt;
    }

    @Produces
    Function<Clock, org.shizhi.domain.assessment.service.NoticeService> noticeServiceAt(Platform platform) {
        return platform::noticeServiceAt;
    }
}
