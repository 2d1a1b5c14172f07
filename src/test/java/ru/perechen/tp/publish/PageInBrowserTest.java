package ru.perechen.tp.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published page opened in a real browser from a file URL, as a reader on a file share opens
 * it: the script runs without console errors, shows the filters and counts, and filters by the
 * view linked to. Skipped where no Chromium is installed ({@code /usr/bin/chromium}).
 */
class PageInBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path dir;
    static Path page;

    @BeforeAll
    static void publish() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM);
        var register = InMemoryVersions.sample();
        var versions = new InMemoryVersions().add("2026-01-12", register);
        Snapshot snapshot = new Snapshots(versions, "test").approved(versions.latest().orElseThrow());
        new Publisher(Duration.ofSeconds(30), PublishListener.NONE).publish(snapshot, new PublishTarget(dir), false);
        page = dir.resolve("approved-2026-01-12/index.html");
    }

    @Test
    void the_page_runs_without_errors_and_shows_every_point() throws Exception {
        Opened opened = open(page.toUri().toString());

        assertThat(opened.console()).doesNotContain("Uncaught", "SyntaxError", "ReferenceError", "TypeError");
        assertThat(opened.dom().getElementById("filters").hasAttr("hidden")).isFalse();
        assertThat(opened.dom().getElementById("shown").text()).isEqualTo("Показано точек: 58 из 58; процессов: 33 из 33");
        assertThat(opened.dom().select("table.points tr[data-point]:not([hidden])")).hasSize(58);
    }

    @Test
    void a_linked_view_filters_points_and_processes() throws Exception {
        Opened opened = open(page.toUri() + "?channel=offline&q=%D1%82%D0%B5%D0%BB%D0%B5%D1%84%D0%BE%D0%BD");

        List<String> shown = opened.dom().select("table.points tr[data-point]:not([hidden])").eachAttr("data-point");
        assertThat(shown).isNotEmpty().allSatisfy(id -> assertThat(opened.dom().getElementById("point-" + id).text())
                .containsIgnoringCase("телефон"));
        assertThat(opened.dom().select("table.points tr[data-point]:not([hidden]) .sub").eachText())
                .allMatch(text -> text.contains("офлайн") || !text.contains("онлайн"));
        assertThat(opened.dom().getElementById("shown").text()).startsWith("Показано точек: " + shown.size() + " из 58");
    }

    private record Opened(Document dom, String console) {
    }

    private static Opened open(String url) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "profile");
        Path log = dir.resolve("chromium-" + System.nanoTime() + ".log");
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
                "--virtual-time-budget=5000", "--dump-dom", url)
                .redirectError(log.toFile()).start();
        byte[] dom = chromium.getInputStream().readAllBytes();
        if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new AssertionError("Chromium did not finish");
        }
        String console = Files.readString(log, StandardCharsets.UTF_8);
        return new Opened(Jsoup.parse(new String(dom, StandardCharsets.UTF_8)), console);
    }
}
