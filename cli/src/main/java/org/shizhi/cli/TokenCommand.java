package org.shizhi.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.shizhi.app.security.SigningKeys;
import org.shizhi.app.security.TokenMinter;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Privilege;
import org.shizhi.domain.shared.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./shizhi token --city 510100 --jurisdiction 510104 --roles AUDITOR[,PERSONAL_DATA] [--ttl 8h] [--subject NAME]
 * [--department CODE] [--grid-member ID]}:
 * mints a token signed with the embedded default's key, for local use only.
 */
@Command(name = "token", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print a bearer token signed with the embedded default's key, for local use only (production trusts "
                + "the city's identity provider).",
                "Roles: GRID_WORKER COMMUNITY_STAFF STREET_OFFICER DEPARTMENT MEDIATOR CITY_ADMIN AUDITOR INTEGRATOR, plus "
                        + "PERSONAL_DATA to see ID numbers and mobiles."})
final class TokenCommand implements Callable<Integer> {

    private static final Pattern TTL = Pattern.compile("(\\d{1,5})([smhd])");

    @Option(names = "--city", paramLabel = "CODE", description = "The city's six-digit code, e.g. 510100.")
    String city;

    @Option(names = "--jurisdiction", paramLabel = "PREFIX", description = "The area code or prefix the caller acts in (default: the city).")
    String jurisdiction;

    @Option(names = "--roles", paramLabel = "ROLE[,ROLE…]", description = "One or more roles, comma-separated; may be repeated.")
    List<String> roles = new ArrayList<>();

    @Option(names = "--department", paramLabel = "CODE", description = "The department the caller works for.")
    Optional<String> department = Optional.empty();

    @Option(names = "--ttl", paramLabel = "DURATION", description = "How long the token is valid: a number and s, m, h or d (default: 8h).")
    String ttl = "8h";

    @Option(names = "--subject", paramLabel = "NAME", description = "Who the token names (default: local-user).")
    String subject = "local-user";

    @Option(names = "--grid-member", paramLabel = "ID", description = "The grid member the caller is.")
    Optional<String> gridMember = Optional.empty();

    @Mixin
    DataOption data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(mint(ConfigProvider.getConfig()));
        spec.commandLine().getOut().flush();
        return 0;
    }

    String mint(Config config) {
        Set<String> groups = new LinkedHashSet<>();
        roles.forEach(list -> groups.addAll(groups(list)));
        if (city == null || groups.isEmpty()) {
            throw new IllegalArgumentException("--city and --roles are required, e.g. --city 510100 --jurisdiction 510104 --roles AUDITOR");
        }
        Duration validFor = ttl(ttl);
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
        return minter.mint(subject, city, jurisdictionClaim, groups, department, gridMember, validFor);
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
