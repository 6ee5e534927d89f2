package org.shizhi.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.shizhi.adapters.persistence.Database;
import org.shizhi.adapters.persistence.PersonalDataKeys;
import org.shizhi.app.EmbeddedPersonalDataKeys;
import org.shizhi.app.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./shizhi rotate-keys [--new-key ID]}: rewrites every stored personal-data value with the active key.
 * In production the operator first adds the new key to SHIZHI_CRYPTO_KEYS and makes it SHIZHI_CRYPTO_ACTIVE_KEY on
 * every instance; the embedded default can make the new key itself with {@code --new-key}. Afterwards the old
 * key reads nothing and can be removed.
 */
@Command(name = "rotate-keys", mixinStandardHelpOptions = true,
        description = {"Rewrite every resident ID number and mobile with the active personal-data key (docs/security.md).",
                "The embedded default makes a new key with --new-key; production adds it to SHIZHI_CRYPTO_KEYS first."})
final class RotateKeysCommand implements Callable<Integer> {

    @Option(names = "--new-key", paramLabel = "ID", description = "Make a key with this id and make it active (embedded default only).")
    Optional<String> newKey = Optional.empty();

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        rotate(newKey, ConfigProvider.getConfig(), System.out);
        return 0;
    }

    static void rotate(Optional<String> newKey, Config config, PrintStream out) {
        Settings settings = Settings.from(config);
        PersonalDataKeys keys = settings.personalDataKeys();
        if (newKey.isPresent()) {
            if (settings.profile() != Settings.Profile.EMBEDDED) {
                throw new IllegalArgumentException("--new-key is for the embedded default; in production add the key to "
                        + "SHIZHI_CRYPTO_KEYS and make it SHIZHI_CRYPTO_ACTIVE_KEY on every instance first");
            }
            keys = EmbeddedPersonalDataKeys.addActiveKey(settings.dataDir().resolve("keys"), newKey.get());
            out.println("made key " + newKey.get() + " and made it active");
        }
        try (Database database = Database.open(settings.database(), keys)) {
            out.println("stored values by key before: " + database.personalDataByKey());
            long rewritten = database.rotatePersonalData();
            Map<String, Long> after = database.personalDataByKey();
            out.println("rewritten with key " + keys.activeId() + ": " + rewritten);
            out.println("stored values by key after: " + after);
            List<String> unused = keys.keys().keySet().stream().filter(id -> !after.containsKey(id)).sorted().toList();
            if (!unused.isEmpty()) {
                out.println("no stored value needs " + unused + " any more: it may be removed from the configured keys");
            }
        }
    }
}
