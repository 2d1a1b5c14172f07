package ru.perechen.tp.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import ru.perechen.tp.i18n.Language;

class GitlabReportWriterTest {

    private final GitlabReportWriter writer = new GitlabReportWriter(Language.RUSSIAN, DisplayPaths.asIs());

    @Test
    void everyIssueHasTheKeysGitlabRequires() throws IOException {
        JsonNode issues = write(SampleReports.report());

        assertThat(issues.isArray()).isTrue();
        assertThat(issues).hasSize(4);
        for (JsonNode issue : issues) {
            assertThat(issue.path("description").isTextual()).isTrue();
            assertThat(issue.path("check_name").isTextual()).isTrue();
            assertThat(issue.path("fingerprint").asText()).matches("[0-9a-f]{64}");
            assertThat(issue.path("severity").asText()).isIn("info", "minor", "major", "critical", "blocker");
            assertThat(issue.path("location").path("path").isTextual()).isTrue();
            assertThat(issue.path("location").path("lines").path("begin").asInt()).isPositive();
        }
    }

    @Test
    void errorsAreMajorAndWarningsMinor() throws IOException {
        JsonNode issues = write(SampleReports.report());

        assertThat(issues.findValuesAsText("check_name"))
                .containsExactly("address-format", "id", "yaml-syntax", "reviewers");
        assertThat(issues.findValuesAsText("severity")).containsExactly("major", "major", "major", "minor");
    }

    @Test
    void aWholeFileFindingPointsAtTheFirstLine() throws IOException {
        JsonNode issue = write(new ValidationReport(List.of(SampleReports.wholeFileError()), 0, 1)).get(0);

        assertThat(issue.path("location").path("path").asText()).isEqualTo("processes/PR-009.yaml");
        assertThat(issue.path("location").path("lines").path("begin").asInt()).isEqualTo(1);
    }

    @Test
    void fingerprintSurvivesMovedLinesButNotADifferentMessage() throws IOException {
        String before = write(new ValidationReport(List.of(SampleReports.addressError(7)), 1, 0))
                .get(0).path("fingerprint").asText();
        String moved = write(new ValidationReport(List.of(SampleReports.addressError(30)), 1, 0))
                .get(0).path("fingerprint").asText();
        String other = write(new ValidationReport(List.of(SampleReports.unspeakableError()), 1, 0))
                .get(0).path("fingerprint").asText();

        assertThat(moved).isEqualTo(before);
        assertThat(other).isNotEqualTo(before);
    }

    @Test
    void twoFindingsAlikeButForTheLineStillHaveDistinctFingerprints() throws IOException {
        JsonNode issues = write(new ValidationReport(
                List.of(SampleReports.addressError(7), SampleReports.addressError(9)), 1, 0));

        assertThat(issues.get(0).path("fingerprint").asText()).isNotEqualTo(issues.get(1).path("fingerprint").asText());
    }

    private JsonNode write(ValidationReport report) throws IOException {
        StringWriter out = new StringWriter();
        writer.write(report, out);
        return new ObjectMapper().readTree(out.toString());
    }
}
