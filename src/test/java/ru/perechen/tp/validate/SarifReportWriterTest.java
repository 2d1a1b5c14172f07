package ru.perechen.tp.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import ru.perechen.tp.i18n.Language;
import ru.perechen.tp.rules.RuleCatalogue;

class SarifReportWriterTest {

    /** The OASIS SARIF 2.1.0 schema (draft-07), as published with the standard. */
    static JsonSchema schema() throws IOException {
        try (InputStream in = SarifReportWriterTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    @Test
    void isValidSarif() throws IOException {
        JsonNode log = write(SampleReports.report(), Language.RUSSIAN);

        Set<ValidationMessage> problems = schema().validate(log);

        assertThat(problems).isEmpty();
        assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    }

    @Test
    void schemaCatchesABrokenLog() throws IOException {
        JsonNode log = write(SampleReports.report(), Language.RUSSIAN);
        ((com.fasterxml.jackson.databind.node.ObjectNode) log.path("runs").get(0).path("results").get(0))
                .put("level", "fatal");

        assertThat(schema().validate(log)).isNotEmpty();
    }

    @Test
    void oneRuleDescriptorPerRuleWithItsClauseAndHelp() throws IOException {
        JsonNode rules = write(SampleReports.report(), Language.RUSSIAN).path("runs").get(0)
                .path("tool").path("driver").path("rules");

        assertThat(rules.findValuesAsText("id")).containsExactlyElementsOf(RuleCatalogue.ids());
        JsonNode reviewers = rules.get(RuleCatalogue.ids().indexOf("reviewers"));
        assertThat(reviewers.path("properties").path("clause").asText()).isEqualTo("6.4");
        assertThat(reviewers.path("defaultConfiguration").path("level").asText()).isEqualTo("warning");
        assertThat(reviewers.path("help").path("text").asText()).startsWith("Если в register.yaml указаны проверяющие");
        JsonNode english = write(SampleReports.report(), Language.ENGLISH).path("runs").get(0)
                .path("tool").path("driver").path("rules").get(RuleCatalogue.ids().indexOf("reviewers"));
        assertThat(english.path("help").path("text").asText()).startsWith("Once register.yaml names reviewers");
    }

    @Test
    void resultsCarryRuleLevelMessageAndPlace() throws IOException {
        JsonNode results = write(SampleReports.report(), Language.RUSSIAN).path("runs").get(0).path("results");

        assertThat(results).hasSize(4);
        JsonNode address = results.get(0);
        assertThat(address.path("ruleId").asText()).isEqualTo("address-format");
        assertThat(address.path("ruleIndex").asInt()).isEqualTo(RuleCatalogue.ids().indexOf("address-format"));
        assertThat(address.path("level").asText()).isEqualTo("error");
        assertThat(address.path("message").path("text").asText()).contains("50% скидка: сайт,\nвторая строка");
        JsonNode place = address.path("locations").get(0).path("physicalLocation");
        assertThat(place.path("artifactLocation").path("uri").asText()).isEqualTo("points/TP-001.yaml");
        assertThat(place.path("region").path("startLine").asInt()).isEqualTo(7);
        assertThat(place.path("region").path("startColumn").asInt()).isEqualTo(10);
        JsonNode wholeFile = results.get(2).path("locations").get(0).path("physicalLocation");
        assertThat(wholeFile.has("region")).isFalse();
        assertThat(results.get(3).path("level").asText()).isEqualTo("warning");
    }

    @Test
    void pathsBecomeUriReferences() {
        assertThat(SarifReportWriter.uri("register/points/TP 1.yaml")).isEqualTo("register/points/TP%201.yaml");
        assertThat(SarifReportWriter.uri("точки/a:b.yaml")).isEqualTo("%D1%82%D0%BE%D1%87%D0%BA%D0%B8/a%3Ab.yaml");
        assertThat(SarifReportWriter.uri("/srv/reg/register.yaml")).isEqualTo("file:///srv/reg/register.yaml");
        assertThat(SarifReportWriter.uri("C:/reg/register.yaml")).isEqualTo("file:///C:/reg/register.yaml");
    }

    @Test
    void sameReportSameBytes() throws IOException {
        StringWriter first = new StringWriter();
        StringWriter second = new StringWriter();
        new SarifReportWriter(Language.RUSSIAN, DisplayPaths.asIs(), "1.0").write(SampleReports.report(), first);
        new SarifReportWriter(Language.RUSSIAN, DisplayPaths.asIs(), "1.0").write(SampleReports.report(), second);

        assertThat(first.toString()).isEqualTo(second.toString());
    }

    static JsonNode write(ValidationReport report, java.util.Locale language) throws IOException {
        StringWriter out = new StringWriter();
        new SarifReportWriter(language, DisplayPaths.asIs(), "0.1.0").write(report, out);
        return new ObjectMapper().readTree(out.toString());
    }

}
