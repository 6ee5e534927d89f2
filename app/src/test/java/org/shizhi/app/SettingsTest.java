package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dataDir;

    private static Config config(Map<String, String> values) {
        return org.shizhi.app.TestConfig.of(values);
    }

    @Test
    void theEmbeddedDefaultIsAnH2FileDatabaseUnderTheDataDirectory() {
        Settings settings = Settings.from(config(Map.of("shizhi.data.dir", dataDir.toString())));

        assertThat(settings.profile()).isEqualTo(Settings.Profile.EMBEDDED);
        assertThat(settings.database().url()).startsWith("jdbc:h2:file:" + dataDir.resolve("db"));
        assertThat(settings.demoData()).as("demo data on the embedded default").isTrue();
        assertThat(settings.port()).isEqualTo(8080);
    }

    @Test
    void eachBackgroundJobRunsOnItsDefaultPeriodUnlessSetAndAPeriodOutOfRangeIsNamed() {
        Settings.JobPeriods defaults = Settings.from(config(Map.of("shizhi.data.dir", dataDir.toString()))).jobs();
        assertThat(defaults.of("archive-relay")).as("archive relay").isEqualTo(java.time.Duration.ofSeconds(10));
        assertThat(defaults.of("escalation")).as("escalation").isEqualTo(java.time.Duration.ofMinutes(1));
        assertThat(defaults.of("programmes")).as("programmes").isEqualTo(java.time.Duration.ofMinutes(1));
        assertThat(defaults.of("idempotency-expiry")).as("idempotency expiry").isEqualTo(java.time.Duration.ofHours(1));
        assertThat(defaults.of("supervision-escalation")).as("supervision escalation").isEqualTo(java.time.Duration.ofMinutes(5));
        assertThat(Settings.from(config(Map.of("shizhi.data.dir", dataDir.toString(),
                "shizhi.jobs.supervision-escalation.period-seconds", "30"))).jobs().of("supervision-escalation"))
                .isEqualTo(java.time.Duration.ofSeconds(30));

        Settings.JobPeriods set = Settings.from(config(Map.of("shizhi.data.dir", dataDir.toString(),
                "shizhi.jobs.escalation.period-seconds", "15"))).jobs();
        assertThat(set.of("escalation")).as("a period set in seconds").isEqualTo(java.time.Duration.ofSeconds(15));
        assertThat(set.of("archive-relay")).as("the others keep theirs").isEqualTo(java.time.Duration.ofSeconds(10));

        assertThatThrownBy(() -> Settings.from(config(Map.of("shizhi.data.dir", dataDir.toString(),
                "shizhi.jobs.archive-relay.period-seconds", "0"))))
                .as("a period of 0 s").hasMessageContaining("'shizhi.jobs.archive-relay.period-seconds'");
    }

    @Test
    void theArchiveRelaysLeaseIsTwoMinutesUnlessSetAndALeaseOutOfRangeIsNamed() {
        assertThat(Settings.from(config(Map.of("shizhi.data.dir", dataDir.toString()))).archive().relayLease())
                .isEqualTo(java.time.Duration.ofMinutes(2));
        assertThat(Settings.from(config(Map.of("shizhi.data.dir", dataDir.toString(), "shizhi.archive.relay-lease-seconds", "15")))
                .archive().relayLease()).isEqualTo(java.time.Duration.ofSeconds(15));
        for (String wrong : java.util.List.of("0", "-5", "4", "3601", "2m")) {
            assertThatThrownBy(() -> Settings.from(config(Map.of("shizhi.data.dir", dataDir.toString(),
                    "shizhi.archive.relay-lease-seconds", wrong)))).as(wrong).isInstanceOf(SettingsException.class)
                    .hasMessageContaining("'shizhi.archive.relay-lease-seconds'");
        }
    }

    @Test
    void theWebhookClaimsLeaseIsTwoMinutesUnlessSetAndALeaseShorterThanTheTransportsTimeoutsIsNamed() {
        assertThat(Settings.webhookLease(config(Map.of()))).isEqualTo(java.time.Duration.ofMinutes(2));
        assertThat(Settings.webhookLease(config(Map.of("shizhi.webhooks.lease-seconds", "25")))).isEqualTo(java.time.Duration.ofSeconds(25));
        for (String wrong : java.util.List.of("0", "20", "3601", "2m")) {
            assertThatThrownBy(() -> Settings.webhookLease(config(Map.of("shizhi.webhooks.lease-seconds", wrong)))).as(wrong)
                    .isInstanceOf(SettingsException.class).hasMessageContaining("'shizhi.webhooks.lease-seconds'");
        }
    }

    @Test
    void assessmentSchemesAreReadFromTheirKeysAndATypoStopsStartUpNamingTheKey() {
        String p = "shizhi.assessment.scheme.streets.";
        var schemes = Settings.from(config(Map.of("shizhi.data.dir", dataDir.toString(), p + "name", "街道考核", p + "units", "STREET",
                p + "cadence", "QUARTERLY", p + "item.event-closure-rate", "20, 0.9, 0.997"))).assessmentSchemes();
        assertThat(schemes).extracting(org.shizhi.domain.assessment.model.Scheme::id).containsExactly("streets");
        assertThat(schemes.getFirst().items().getFirst().target()).isEqualTo(0.997);

        assertThatThrownBy(() -> Settings.from(config(Map.of("shizhi.data.dir", dataDir.toString(), p + "name", "街道考核",
                p + "units", "STREET", p + "cadence", "QUARTERLY", p + "item.event-closure", "20, 0.9, 0.997"))))
                .isInstanceOf(SettingsException.class).hasMessageContaining("'" + p + "item.event-closure'");
    }

    @Test
    void aProgrammeRunsLeaseIsThirtyMinutesUnlessSetAndASettingOutOfRangeIsNamed() {
        assertThat(Settings.from(config(Map.of("shizhi.data.dir", dataDir.toString()))).programmeLease())
                .isEqualTo(java.time.Duration.ofMinutes(30));
        assertThat(Settings.from(config(Map.of("shizhi.data.dir", dataDir.toString(), "shizhi.programmes.lease-minutes", "90")))
                .programmeLease()).isEqualTo(java.time.Duration.ofMinutes(90));
        assertThatThrownBy(() -> Settings.from(config(Map.of("shizhi.data.dir", dataDir.toString(), "shizhi.programmes.lease-minutes", "0"))))
                .isInstanceOf(SettingsException.class).hasMessageContaining("'shizhi.programmes.lease-minutes'");
    }

    @Test
    void aPostgresDatabaseIsSharedWithOtherInstancesUnlessDeclaredSingleInstance() {
        Map<String, String> postgres = Map.of("shizhi.data.dir", dataDir.toString(), "shizhi.db.url", "jdbc:postgresql://db/shizhi");
        assertThat(Settings.from(config(postgres)).database().isSoleWriter()).as("by default").isFalse();
        var declared = new java.util.HashMap<>(postgres);
        declared.put("shizhi.db.single-instance", "true");
        assertThat(Settings.from(config(declared)).database().isSoleWriter()).as("shizhi.db.single-instance=true").isTrue();
    }

    @Test
    void productionWithoutADatabaseUrlNamesTheKeyAndTheVariable() {
        assertThatThrownBy(() -> Settings.from(config(Map.of("mp.config.profile", "production"))))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("'shizhi.db.url'")
                .hasMessageContaining("SHIZHI_DB_URL");
    }

    @Test
    void productionNeedsPostgresAndAUser() {
        assertThatThrownBy(() -> Settings.from(config(Map.of("mp.config.profile", "production", "shizhi.db.url", "jdbc:h2:mem:x"))))
                .hasMessageContaining("'shizhi.db.url'").hasMessageContaining("PostgreSQL");
        assertThatThrownBy(() -> Settings.from(config(Map.of("mp.config.profile", "production", "shizhi.db.url", "jdbc:postgresql://db/shizhi"))))
                .hasMessageContaining("'shizhi.db.user'");

        assertThatThrownBy(() -> Settings.from(config(Map.of("mp.config.profile", "production",
                "shizhi.db.url", "jdbc:postgresql://db/shizhi", "shizhi.db.user", "shizhi"))))
                .as("no identity provider key").hasMessageContaining("'mp.jwt.verify.publickey.location'");
        Map<String, String> withIdentityProvider = Map.of("mp.config.profile", "production",
                "shizhi.db.url", "jdbc:postgresql://db/shizhi", "shizhi.db.user", "shizhi",
                "mp.jwt.verify.publickey.location", "https://idp.example/realms/city/protocol/openid-connect/certs",
                "mp.jwt.verify.issuer", "https://idp.example/realms/city");
        assertThatThrownBy(() -> Settings.from(config(withIdentityProvider)))
                .as("no personal-data keys").hasMessageContaining("'shizhi.crypto.keys'").hasMessageContaining("SHIZHI_CRYPTO_KEYS");
        String[] keys = org.shizhi.adapters.persistence.PersonalDataKeys.generate("k1").format();
        var complete = new java.util.HashMap<>(withIdentityProvider);
        complete.putAll(Map.of("shizhi.crypto.keys", keys[0], "shizhi.crypto.active-key", keys[1], "shizhi.crypto.index-key", keys[2]));
        Settings production = Settings.from(config(complete));
        assertThat(production.demoData()).as("demo data in production").isFalse();
    }

    @Test
    void theEmbeddedDefaultMakesItsPersonalDataKeysOnceAndReadsThemBack() {
        Settings first = Settings.from(config(Map.of("shizhi.data.dir", dataDir.toString())));
        Settings second = Settings.from(config(Map.of("shizhi.data.dir", dataDir.toString())));

        assertThat(dataDir.resolve("keys/personal-data.properties")).exists();
        assertThat(second.personalDataKeys().format()).as("keys read back, not made again").isEqualTo(first.personalDataKeys().format());
    }

    @Test
    void unusableProductionKeysAreNamedWithoutPrintingThem() {
        assertThatThrownBy(() -> Settings.from(config(Map.of("shizhi.data.dir", dataDir.toString(),
                "shizhi.crypto.keys", "k1:dG9vLXNob3J0", "shizhi.crypto.active-key", "k1", "shizhi.crypto.index-key", "dG9vLXNob3J0"))))
                .hasMessage("setting 'shizhi.crypto.keys' is not usable: the key 'k1' must be 32 bytes, not 9");
    }

    @Test
    void aPortThatIsNotANumberIsNamed() {
        assertThatThrownBy(() -> Settings.from(config(Map.of("server.port", "eighty"))))
                .hasMessage("setting 'server.port' must be a whole number, not 'eighty'");
        assertThatThrownBy(() -> Settings.from(config(Map.of("server.port", "70000"))))
                .hasMessage("setting 'server.port' must be between 0 and 65535, not 70000");
    }

    @Test
    void anUnknownProfileIsNamed() {
        assertThatThrownBy(() -> Settings.from(config(Map.of("mp.config.profile", "staging"))))
                .hasMessageContaining("'mp.config.profile'").hasMessageContaining("staging");
    }

    @Test
    void aMissingCalendarFileIsNamed() {
        assertThatThrownBy(() -> Settings.from(config(Map.of("shizhi.data.dir", dataDir.toString(),
                "shizhi.calendar.file", dataDir.resolve("nope.json").toString()))))
                .hasMessageContaining("'shizhi.calendar.file'").hasMessageContaining("not a readable file");
    }

    @Test
    void theYearAfterTheLastNoticeIsStatutoryByDefaultAndAnyOtherChoiceThanStatutoryOrRefuseIsNamed() {
        assertThat(Settings.from(config(Map.of("shizhi.data.dir", dataDir.toString()))).beyondNotice())
                .isEqualTo(org.shizhi.adapters.calendar.JsonWorkCalendars.BeyondNotice.STATUTORY);
        assertThat(Settings.from(config(Map.of("shizhi.data.dir", dataDir.toString(), "shizhi.calendar.beyond-notice", "refuse")))
                .beyondNotice()).isEqualTo(org.shizhi.adapters.calendar.JsonWorkCalendars.BeyondNotice.REFUSE);
        assertThatThrownBy(() -> Settings.from(config(Map.of("shizhi.data.dir", dataDir.toString(),
                "shizhi.calendar.beyond-notice", "guess")))).hasMessageContaining("'shizhi.calendar.beyond-notice'").hasMessageContaining("guess");
    }
}
