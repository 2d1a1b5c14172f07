package ru.perechen.tp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The catalogue is the rules' one registry: sorted, unique, every rule described in both languages. */
class RuleCatalogueTest {

    @Test
    void isSortedByIdWithoutDuplicates() {
        List<String> ids = RuleCatalogue.ids();
        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void everyRuleHasItsMetadataAndTexts() throws IOException {
        Properties ru = load("rules.properties");
        Properties en = load("rules_en.properties");
        for (Rule rule : RuleCatalogue.all()) {
            assertThat(rule.info().id()).matches("[a-z]+(-[a-z]+)*");
            assertThat(rule.getClass().getSimpleName()).endsWith("Rule");
            for (Properties bundle : List.of(ru, en)) {
                assertThat(bundle.getProperty(rule.id() + ".summary")).as(rule.id() + ".summary").isNotBlank();
                assertThat(bundle.getProperty(rule.id() + ".fix")).as(rule.id() + ".fix").isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru/perechen/tp/rules/rules", "ru/perechen/tp/cli/cli"})
    void russianAndEnglishBundlesHaveTheSameKeys(String bundle) throws IOException {
        Set<String> ru = keys(bundle + ".properties");
        Set<String> en = keys(bundle + "_en.properties");
        assertThat(en).containsExactlyInAnyOrderElementsOf(ru);
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RuleCatalogueTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RuleCatalogueTest.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
