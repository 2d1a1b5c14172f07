package ru.perechen.tp.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text has its Russian and its English version: a key in one bundle of a pair is in the other. */
class BundleParityTest {

    @ParameterizedTest
    @ValueSource(strings = {"ru/perechen/tp/cli/cli", "ru/perechen/tp/report/report", "ru/perechen/tp/draft/draft",
        "ru/perechen/tp/poster/poster"})
    void russianAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Properties russian = load(bundle + ".properties");
        Properties english = load(bundle + "_en.properties");
        assertThat(english.stringPropertyNames()).as(bundle).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(russian.stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleParityTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
