package org.shizhi.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What one page saw of the console's Content-Security-Policy: every console answer that did not carry the expected
 * policy, and every violation the browser reported while the page was on the platform.
 */
final class PolicyWatch {

    final List<String> wrongPolicies = new CopyOnWriteArrayList<>();
    final List<String> cspMessages = new CopyOnWriteArrayList<>();

    private PolicyWatch() {
    }

    /** Watches {@code page}: answers under {@code base + "/console"} must carry {@code policy}. */
    static PolicyWatch on(Page page, String base, String policy) {
        PolicyWatch watch = new PolicyWatch();
        page.onResponse(response -> {
            if (response.url().startsWith(base + "/console")) {
                String answered = response.headers().get("content-security-policy");
                if (!policy.equals(answered)) {
                    watch.wrongPolicies.add(response.url() + " answered Content-Security-Policy: " + answered);
                }
            }
        });
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") && page.url().startsWith(base)) {
                watch.cspMessages.add(message.text());
            }
        });
        return watch;
    }

    void assertNoneSeen() {
        assertThat(wrongPolicies).as("console answers without the console's Content-Security-Policy").isEmpty();
        assertThat(cspMessages).as("CSP violations reported in the browser console by the console's pages").isEmpty();
    }
}
