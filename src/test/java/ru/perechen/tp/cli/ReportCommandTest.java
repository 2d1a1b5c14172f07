package ru.perechen.tp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.TestRegisters;

/** {@code tp report} as a civil servant runs it: a page in the current folder, or Markdown and JSON for scripts. */
class ReportCommandTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path temp;

    @Test
    void htmlGoesToAFileInTheCurrentFolderNotToTheTerminal() throws IOException {
        TestRegisters.copySample(temp.resolve("register"));
        TpRun run = TpRun.in(temp, "report");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Отчёт записан: perechen-report.html (точек: 58, процессов: 33; "
                + "ошибок: 0, предупреждений: 5).").contains("Ctrl+P").doesNotContain("<html");
        String page = Files.readString(temp.resolve("perechen-report.html"), StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<section id=\"coverage\"");
        try (var listing = Files.list(temp)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("register",
                    "perechen-report.html");
        }
    }

    @Test
    void anEarlierReportIsReplacedButAFileTpDidNotWriteIsNot() throws IOException {
        TestRegisters.copySample(temp.resolve("register"));
        Path page = temp.resolve("perechen-report.html");
        Files.writeString(page, "<html>мой собственный файл</html>");
        TpRun refused = TpRun.in(temp, "report");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("perechen-report.html уже есть и создан не командой tp report");
        assertThat(Files.readString(page)).isEqualTo("<html>мой собственный файл</html>");

        Files.delete(page);
        assertThat(TpRun.in(temp, "report").exitCode()).isZero();
        Files.writeString(page, Files.readString(page).replace("</body>", "<p>old</p></body>"));
        assertThat(TpRun.in(temp, "report").exitCode()).isZero();
        assertThat(Files.readString(page)).doesNotContain("<p>old</p>");
    }

    @Test
    void markdownAndJsonArePrintedForScriptsUnlessAFileIsNamed() throws IOException {
        TpRun markdown = TpRun.in(TestRegisters.SAMPLE.getParent(), "report", "--format", "markdown");
        assertThat(markdown.exitCode()).isZero();
        assertThat(markdown.out()).startsWith("# Контрольный отчёт").contains("## 2. Охват процессов видами точек");
        TpRun json = TpRun.in(TestRegisters.SAMPLE.getParent(), "report", "--format", "json");
        assertThat(new ObjectMapper().readTree(json.out()).get("processes").asInt()).isEqualTo(33);

        TpRun toFile = TpRun.in(temp, "report", TestRegisters.SAMPLE.toString(), "--to", "out/r.json");
        assertThat(toFile.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(temp.resolve("out/r.json").toFile()).get("points").asInt())
                .isEqualTo(58);
        assertThat(toFile.out()).contains("out/r.json").doesNotContain("Ctrl+P");

        // -o and --output, as for tp validate, name the file too.
        TpRun shortOption = TpRun.in(temp, "report", TestRegisters.SAMPLE.toString(), "--format", "json", "-o", "r2.json");
        assertThat(shortOption.exitCode()).isZero();
        assertThat(temp.resolve("r2.json")).isRegularFile();
    }

    @Test
    void showsTheChangesSinceTheLatestApprovalAndReportsARevision() throws Exception {
        try (ru.perechen.tp.history.GitFixture repo = ru.perechen.tp.history.GitFixture.withSample(temp)) {
            TpRun before = TpRun.in(temp, "report", "--format", "markdown");
            assertThat(before.out()).doesNotContain("| п. 6.3.2 |");
            assertThat(TpRun.in(temp, "approve", "--act", "05-05/7", "--date", "2026-11-30").exitCode()).isZero();
            repo.replace("points/library/TP-040.yaml", "kind: phone", "kind: reception");

            TpRun worktree = TpRun.in(temp, "report", "--format", "markdown");
            assertThat(worktree.exitCode()).as(worktree.err()).isZero();
            assertThat(worktree.out()).contains("approved/2026-11-30").contains("| п. 6.3.2 | TP-040 |");

            TpRun approved = TpRun.in(temp, "report", "--format", "markdown", "--rev", "latest");
            assertThat(approved.exitCode()).as(approved.err()).isZero();
            assertThat(approved.out()).contains("approved/2026-11-30").doesNotContain("| п. 6.3.2 | TP-040 |");
        }
    }

    @Test
    void theReportIsInEnglishWhenAskedFor() throws IOException {
        TpRun run = TpRun.in(temp, "report", TestRegisters.SAMPLE.toString(), "--to", "r.html", "--lang", "en");
        assertThat(run.out()).startsWith("Report written: r.html (58 points, 33 processes; errors: 0, warnings: 5).");
        assertThat(Files.readString(temp.resolve("r.html"))).contains("<html lang=\"en\">")
                .contains("1. Figures").contains("Telephone");
    }

    @Test
    void aFolderIsNotAFileToWriteTo() throws IOException {
        Files.createDirectories(temp.resolve("out"));
        TpRun run = TpRun.in(temp, "report", TestRegisters.SAMPLE.toString(), "--to", "out");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("это папка");
        assertThat(run.showsStackTrace()).isFalse();
    }

    @Test
    void helpExplainsWhereTheReportGoes() {
        TpRun run = TpRun.in(temp, "report", "--help");
        assertThat(run.out()).contains("perechen-report.html").contains("--to").contains("html, markdown, json");
    }

    /** The done-when of issue 5: a real browser renders the page with its charts and logs no error. */
    @Test
    void chromiumRendersThePageWithoutConsoleErrors() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed");
        TpRun run = TpRun.in(temp, "report", TestRegisters.SAMPLE.toString(), "--to", "r.html");
        assertThat(run.exitCode()).isZero();
        Path log = temp.resolve("chromium.log");
        Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--enable-logging=stderr", "--v=0", "--user-data-dir=" + temp.resolve("profile"),
                "--dump-dom", temp.resolve("r.html").toUri().toString()))
                .redirectError(log.toFile()).redirectOutput(temp.resolve("dom.html").toFile()).start();
        assertThat(chromium.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(chromium.exitValue()).isZero();
        String dom = Files.readString(temp.resolve("dom.html"));
        assertThat(dom).contains("<table class=\"heat\">").contains("<table class=\"journey\">")
                .contains("<svg").contains("id=\"chart-online-title\"");
        List<String> console = Files.readAllLines(log).stream()
                .filter(line -> line.contains("CONSOLE") || line.contains("Refused") || line.contains("Uncaught"))
                .toList();
        assertThat(console).isEmpty();
    }
}
