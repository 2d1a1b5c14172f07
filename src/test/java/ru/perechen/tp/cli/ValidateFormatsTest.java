package ru.perechen.tp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tp validate --format/--output} on the sample register: 0 errors, 5 warnings. */
class ValidateFormatsTest {

    private static final String SUMMARY = "Проверено точек: 58, процессов: 33. Ошибок: 0, предупреждений: 5.";

    @TempDir
    Path dir;

    @Test
    void githubCommandsOnStdoutSummaryOnStderr() {
        CommandRun.sampleRegister(dir);

        CommandRun run = CommandRun.in(dir, "validate", "--format", "github");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).hasSize(5).allSatisfy(line -> assertThat(line)
                .matches("::warning file=register/[^,:]+,line=\\d+,col=\\d+,title=[^,:]+::.+"));
        assertThat(run.err().strip()).isEqualTo(SUMMARY);
    }

    @Test
    void strictTurnsWarningsIntoAFailedRunInEveryFormat() {
        CommandRun.sampleRegister(dir);

        for (String format : new String[] {"text", "json", "github", "gitlab", "junit", "sarif"}) {
            assertThat(CommandRun.in(dir, "validate", "--format", format, "--strict").exitCode())
                    .as(format).isEqualTo(ExitCode.FINDINGS);
        }
    }

    @Test
    void sarifOfTheSampleRegisterIsValidToTheSchema() throws IOException {
        CommandRun.sampleRegister(dir);

        CommandRun run = CommandRun.in(dir, "validate", "--format", "sarif");

        JsonNode log = new ObjectMapper().readTree(run.out());
        JsonSchema schema;
        try (var in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        assertThat(schema.validate(log)).isEmpty();
        assertThat(log.path("runs").get(0).path("results")).hasSize(5);
        assertThat(log.path("runs").get(0).path("tool").path("driver").path("version").asText()).isNotBlank();
    }

    @Test
    void outputWritesTheFormatToTheFileAndTheSummaryToTheTerminal() throws IOException {
        CommandRun.sampleRegister(dir);

        CommandRun run = CommandRun.in(dir, "validate", "--format", "gitlab", "--output", "reports/quality.json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo(SUMMARY);
        assertThat(run.err()).isEmpty();
        JsonNode issues = new ObjectMapper().readTree(dir.resolve("reports/quality.json").toFile());
        assertThat(issues).hasSize(5);
        assertThat(issues.get(0).path("location").path("path").asText()).startsWith("register/");
        try (var files = Files.list(dir.resolve("reports"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("quality.json");
        }
    }

    @Test
    void textToAFileHasNoColourAndEndsWithTheSummary() throws IOException {
        CommandRun.sampleRegister(dir);

        CommandRun run = CommandRun.in(dir, "validate", "-o", "report.txt");

        String text = Files.readString(dir.resolve("report.txt"), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\u001B[").endsWith(SUMMARY + System.lineSeparator());
        assertThat(run.out().strip()).isEqualTo(SUMMARY);
    }

    @Test
    void junitListsEveryFileOfTheRegister() {
        CommandRun.sampleRegister(dir);

        CommandRun run = CommandRun.in(dir, "validate", "--format", "junit");

        assertThat(run.out()).contains("tests=\"92\"").contains("failures=\"0\"")
                .contains("name=\"register/register.yaml\"");
    }

    @Test
    void anUnwritableOutputIsAClearUsageError() throws IOException {
        CommandRun.sampleRegister(dir);
        Files.writeString(dir.resolve("taken"), "a file, not a folder");

        CommandRun run = CommandRun.in(dir, "validate", "--format", "sarif", "--output", "taken/report.sarif");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("tp: не удалось записать").doesNotContain("Exception");
    }
}
