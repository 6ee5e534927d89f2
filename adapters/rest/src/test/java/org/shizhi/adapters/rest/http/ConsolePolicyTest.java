package org.shizhi.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The console's Content-Security-Policy where the platform trusts a city's identity provider. */
class ConsolePolicyTest {

    @Test
    void withoutAProviderThePolicyIsTheStrictOne() {
        assertThat(HttpEdge.consolePolicy(Optional.empty())).isEqualTo(HttpEdge.CONSOLE_POLICY);
        assertThat(HttpEdge.consolePolicy(Optional.of(" "))).isEqualTo(HttpEdge.CONSOLE_POLICY);
    }

    @Test
    void theIssuersOriginIsAddedToConnectSrcAndNowhereElse() {
        String policy = HttpEdge.consolePolicy(Optional.of("https://id.city.example:8443/realms/shizhi"));
        assertThat(policy).isEqualTo(HttpEdge.CONSOLE_POLICY.replace("connect-src 'self';", "connect-src 'self' https://id.city.example:8443;"));
        assertThat(policy).contains("script-src 'self';", "form-action 'self';", "default-src 'self';");
        assertThat(HttpEdge.consolePolicy(Optional.of("https://id.city.example/realms/shizhi")))
                .contains("connect-src 'self' https://id.city.example;");
    }

    @Test
    void anIssuerThatIsNotAnHttpUrlIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> HttpEdge.consolePolicy(Optional.of("javascript:alert(1)"))).hasMessageStartingWith("shizhi.oidc.issuer");
        assertThatThrownBy(() -> HttpEdge.consolePolicy(Optional.of("id.city.example"))).hasMessageStartingWith("shizhi.oidc.issuer");
    }
}
