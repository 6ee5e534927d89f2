package org.shizhi.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The build runs these tests on Java 17 as well as on the JVM that runs Maven: this proves that the e2e-on-java17 run is
 * on a Java 17 (its JVM is found by the name of its folder), not on another JDK that happened to match.
 */
class TestJvmTest {

    @Test
    void theTestsRunOnTheJavaTheBuildAskedFor() {
        String expected = System.getProperty("shizhi.e2e.java-feature", "");
        if (!expected.isEmpty()) {
            assertThat(Runtime.version().feature()).as("java.home " + System.getProperty("java.home")).isEqualTo(Integer.parseInt(expected));
        } else {
            assertThat(Runtime.version().feature()).isGreaterThanOrEqualTo(21);
        }
    }
}
