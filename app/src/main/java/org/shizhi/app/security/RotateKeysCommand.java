package org.shizhi.app.security;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.shizhi.adapters.persistence.Database;
import org.shizhi.adapters.persistence.PersonalDataKeys;
import org.shizhi.app.EmbeddedPersonalDataKeys;
import org.shizhi.app.Settings;
import org.shizhi.app.SettingsException;

/**
 * {@code ./shizhi rotate-keys [--new-key ID]}: rewrites every stored personal-data value with the active key.
 * In production the operator first adds the new key to SHIZHI_CRYPTO_KEYS and makes it SHIZHI_CRYPTO_ACTIVE_KEY on
 * every instance; the embedded default can make the new key itself with {@code --new-key}. Afterwards the old
 * key reads nothing and can be removed.
 */
public final class RotateKeysCommand {

    private RotateKeysCommand() {
    }

    public static void main(String[] args) {
        try {
            run(List.of(args), ConfigProvider.getConfig(), System.out);
        } catch (IllegalArgumentException | SettingsException e) {
            System.err.println("shizhi rotate-keys: " + e.getMessage());
            System.exit(2);
        }
    }

    static void run(List<String> args, Config config, PrintStream out) {
        Settings settings = Settings.from(config);
        PersonalDataKeys keys = settings.personalDataKeys();
        if (args.size() == 2 && args.getFirst().equals("--new-key")) {
            if (settings.profile() != Settings.Profile.EMBEDDED) {
                throw new IllegalArgumentException("--new-key is for the embedded default; in production add the key to "
                        + "SHIZHI_CRYPTO_KEYS and make it SHIZHI_CRYPTO_ACTIVE_KEY on every instance first");
            }
            keys = EmbeddedPersonalDataKeys.addActiveKey(settings.dataDir().resolve("keys"), args.get(1));
            out.println("made key " + args.get(1) + " and made it active");
        } else if (!args.isEmpty()) {
            throw new IllegalArgumentException("usage: ./shizhi rotate-keys [--new-key ID]");
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
