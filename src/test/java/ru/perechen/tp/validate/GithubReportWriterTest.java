package ru.perechen.tp.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import ru.perechen.tp.i18n.Language;
import ru.perechen.tp.model.Clause;
import ru.perechen.tp.model.Finding;
import ru.perechen.tp.model.Location;
import ru.perechen.tp.model.Message;
import ru.perechen.tp.model.Severity;

class GithubReportWriterTest {

    /**
     * A workflow command as GitHub's runner parses it: {@code ::name key=value,...::data} on one line,
     * where no property value holds a raw {@code ,} {@code :} CR or LF, and the data no raw CR or LF.
     */
    private static final Pattern COMMAND = Pattern.compile(
            "::(error|warning) ((?:file|line|col|title)=[^,:\\r\\n]*(?:,(?:file|line|col|title)=[^,:\\r\\n]*)*)::([^\\r\\n]*)");

    private final GithubReportWriter writer = new GithubReportWriter(Language.RUSSIAN, DisplayPaths.asIs());

    @Test
    void everyFindingIsOneWellFormedCommand() throws IOException {
        List<String> lines = write(SampleReports.report());

        assertThat(lines).hasSize(4);
        assertThat(lines).allSatisfy(line -> assertThat(line).matches(COMMAND));
        assertThat(lines).filteredOn(line -> line.startsWith("::warning ")).hasSize(1);
    }

    @Test
    void messageWithPercentColonAndLineBreakIsEscapedAndReadsBackWhole() throws IOException {
        String line = write(new ValidationReport(List.of(SampleReports.addressError(7)), 1, 0)).get(0);

        Matcher command = COMMAND.matcher(line);
        assertThat(command.matches()).isTrue();
        String data = command.group(3);
        assertThat(data).contains("50%25 скидка: сайт,").doesNotContain("50% ");
        // The register's own line break is shown, not obeyed; the one before the hint is the command's.
        String message = unescapeData(data);
        assertThat(message).contains("50% скидка: сайт,\\u000Aвторая строка").contains("\nподсказка: ");
        assertThat(command.group(2)).isEqualTo("file=points/TP-001.yaml,line=7,col=10,title=address-format%2C п. 3.2");
    }

    @Test
    void propertiesEscapeColonAndComma() throws IOException {
        Finding finding = new Finding("id", Clause.C4_4, Severity.ERROR, new Location("points/a:b,c%.yaml", 1, 1),
                Message.of("missing"), null);

        String line = write(new ValidationReport(List.of(finding), 1, 0)).get(0);

        assertThat(line).matches(COMMAND).contains("file=points/a%3Ab%2Cc%25.yaml,line=1,col=1,");
    }

    @Test
    void findingAboutAWholeFileNamesTheFileOnly() throws IOException {
        String line = write(new ValidationReport(List.of(SampleReports.wholeFileError()), 0, 1)).get(0);

        assertThat(line).startsWith("::error file=processes/PR-009.yaml,title=yaml-syntax%2C п. 4.4::");
    }

    @Test
    void englishOnRequest() throws IOException {
        StringWriter out = new StringWriter();
        new GithubReportWriter(Language.ENGLISH, DisplayPaths.asIs())
                .write(new ValidationReport(List.of(SampleReports.reviewersWarning()), 0, 0), out);

        assertThat(out.toString()).startsWith("::warning file=register.yaml,line=12,col=5,title=reviewers%2C clause 6.4::unit minkult-hr has no reviewers");
    }

    private List<String> write(ValidationReport report) throws IOException {
        StringWriter out = new StringWriter();
        writer.write(report, out);
        assertThat(out.toString()).endsWith("\n").doesNotContain("\r");
        return out.toString().lines().toList();
    }

    private static String unescapeData(String data) {
        return data.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%");
    }
}
