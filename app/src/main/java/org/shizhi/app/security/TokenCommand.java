package org.shizhi.app.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Privilege;
import org.shizhi.domain.shared.Role;

/**
 * {@code ./shizhi token --city 510100 --jurisdiction 510104 --roles AUDITOR[,PERSONAL_DATA] [--ttl 8h] [--subject NAME]
 * [--department CODE] [--grid-member ID]}:
 * mints a token signed with the embedded default's key, for local use only.
 */
public final class TokenCommand {

    private static final Pattern TTL = Pattern.compile("(\\d{1,5})([smhd])");

    private TokenCommand() {
    }

    public static void main(String[] args) {
        try {
            System.out.println(run(List.of(args), ConfigProvider.getConfig()));
        } catch (IllegalArgumentException | InvalidValueException e) {
            System.err.println("shizhi token: " + e.getMessage());
            System.exit(2);
        }
    }

    static String run(List<String> args, Config config) {
        String city = null;
        String jurisdiction = null;
        String subject = "local-user";
        java.util.Optional<String> department = java.util.Optional.empty();
        java.util.Optional<String> gridMember = java.util.Optional.empty();
        Duration ttl = Duration.ofHours(8);
        Set<String> groups = new LinkedHashSet<>();
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args.get(++i);
            switch (option) {
                case "--city" -> city = value;
                case "--jurisdiction" -> jurisdiction = value;
                case "--subject" -> subject = value;
                case "--department" -> department = java.util.Optional.of(value);
                case "--grid-member" -> gridMember = java.util.Optional.of(value);
                case "--ttl" -> ttl = ttl(value);
                case "--roles" -> groups.addAll(groups(value));
                default -> throw new IllegalArgumentException("unknown option " + option + " (see ./shizhi --help)");
            }
        }
        if (city == null || groups.isEmpty()) {
            throw new IllegalArgumentException("--city and --roles are required, e.g. --city 510100 --jurisdiction 510104 --roles AUDITOR");
        }
        AreaCode cityCode = AreaCode.of(city);
        String jurisdictionClaim = jurisdiction == null ? city : jurisdiction;
        // Refuse what the platform would refuse, here rather than at the first request.
        new Actor(subject, cityCode, jurisdictionClaim.length() == 6 || jurisdictionClaim.length() == 12
                ? AreaCode.of(jurisdictionClaim) : AreaCode.ofPrefix(jurisdictionClaim), Set.of(), Set.of());

        Path dataDir = Path.of(config.getOptionalValue("shizhi.data.dir", String.class).orElse("./data"));
        Path keys = dataDir.resolve("keys");
        SigningKeys.ensure(keys);
        if (!Files.isReadable(keys.resolve(SigningKeys.PRIVATE_FILE))) {
            throw new IllegalArgumentException("cannot read the signing key in " + keys);
        }
        TokenMinter minter = new TokenMinter(SigningKeys.readPrivate(keys.resolve(SigningKeys.PRIVATE_FILE)),
                config.getValue("mp.jwt.verify.issuer", String.class),
                config.getValue("mp.jwt.verify.audiences", String.class).split(",")[0].strip(),
                Clock.systemUTC());
        return minter.mint(subject, city, jurisdictionClaim, groups, department, gridMember, ttl);
    }

    static Duration ttl(String text) {
        Matcher m = TTL.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("--ttl is a number and a unit (s, m, h, d), e.g. 8h, not '" + text + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    static List<String> groups(String list) {
        Set<String> known = Stream.concat(Arrays.stream(Role.values()), Arrays.stream(Privilege.values()))
                .map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> groups = new ArrayList<>();
        for (String name : list.split(",")) {
            String group = name.strip().toUpperCase(java.util.Locale.ROOT);
            if (!known.contains(group)) {
                throw new IllegalArgumentException("unknown role '" + name.strip() + "'; roles: " + String.join(", ", known));
            }
            groups.add(group);
        }
        return groups;
    }
}
