package ru.perechen.tp.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.perechen.tp.cli.TpRun;
import ru.perechen.tp.history.GitFixture;

/**
 * Hostile text in a point's name and id, through the real command line into every medium tp
 * writes: the terminal, Markdown (a pull request's description), JSON, SARIF, JUnit XML, and the
 * published page, CSV file and workbook. Everywhere it must arrive as text: no markup, script,
 * formula, control or direction character of its own.
 */
class HostileTextEverywhereTest {

    /** As the YAML file writes it (double-quoted, with YAML escapes for the control characters). */
    private static final String YAML = "<script>alert(1)</script> <img src=x onerror=alert(2)> | **bold** "
            + "[link](javascript:alert(3)) `code` \\e[31m red \\e]8;;http://evil/\\a here \\u202E txt.exe & ]]> <!-- x";
    private static final String MARK = "<script>alert(1)</script>";
    private static final String FORMULA = "=HYPERLINK(\\\"http://evil/\\\",\\\"нажмите\\\")";

    @TempDir
    Path dir;

    private GitFixture repositoryWithHostileText() {
        GitFixture repo = GitFixture.withSample(dir);
        assertThat(TpRun.in(dir, "approve", "--act", "05-05/100", "--date", "2026-04-30").exitCode()).isZero();
        repo.replace("points/minkult/TP-001.yaml", "name: Официальный сайт Министерства культуры Курской области",
                "name: \"" + YAML + "\"\nnote: \"" + FORMULA + "\"");
        repo.write("points/minkult/TP-777.yaml", "id: \"TP-777 " + YAML + "\"\nname: x\n");
        return repo;
    }

    @Test
    void the_terminal_gets_no_control_or_direction_character() throws Exception {
        try (GitFixture repo = repositoryWithHostileText()) {
            for (String[] args : List.of(new String[] {"validate"}, new String[] {"diff"},
                    new String[] {"validate", "--format", "github"}, new String[] {"history", "TP-001"})) {
                TpRun run = TpRun.in(dir, args);
                assertThat(run.showsStackTrace()).isFalse();
                assertNoRawControls(run.out() + run.err());
            }
            assertThat(TpRun.in(dir, "diff").out()).contains(MARK);
        }
    }

    @Test
    void markdown_shows_the_text_and_makes_no_markup_of_it() throws Exception {
        try (GitFixture repo = repositoryWithHostileText()) {
            TpRun run = TpRun.in(dir, "diff", "--format", "markdown");

            assertThat(run.exitCode()).isZero();
            assertNoRawControls(run.out());
            assertThat(run.out()).doesNotContain("<script>", "<img", "[link](", "**bold**", "<!--")
                    .contains("\\|", "\\[link\\](javascript:alert(3))", "\\u202E");
            // GitHub renders Markdown to HTML: what it would render must hold no element from the register.
            Document rendered = Jsoup.parse(run.out());
            assertThat(rendered.select("script, img, a")).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "sarif", "gitlab"})
    void machine_json_formats_keep_the_text_as_data(String format) throws Exception {
        try (GitFixture repo = repositoryWithHostileText()) {
            TpRun run = TpRun.in(dir, "validate", "--format", format);

            assertThat(run.exitCode()).isEqualTo(1);
            JsonNode json = new ObjectMapper().readTree(run.out());
            assertThat(json.toString()).contains("alert(1)");
            assertNoRawControls(run.out());
        }
    }

    @Test
    void junit_xml_is_well_formed_and_holds_the_text_as_text() throws Exception {
        try (GitFixture repo = repositoryWithHostileText()) {
            TpRun run = TpRun.in(dir, "validate", "--format", "junit");

            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            org.w3c.dom.Document xml = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
            assertThat(xml.getElementsByTagName("script").getLength()).isZero();
            // the text is there, escaped as XML escapes it, and made no element
            assertThat(run.out()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            assertNoRawControls(run.out());
        }
    }

    @Test
    void the_published_page_csv_workbook_and_json_hold_it_as_text() throws Exception {
        try (GitFixture repo = repositoryWithHostileText()) {
            TpRun publish = TpRun.in(dir, "publish", "--draft", "--to", "share");
            assertThat(publish.exitCode()).as(publish.err()).isZero();
            Path draft = dir.resolve("share/draft");

            Document page = Jsoup.parse(Files.readString(draft.resolve("index.html")));
            for (Element script : page.select("script")) {
                assertThat(script.data()).doesNotContain(MARK, "<img");
            }
            assertThat(page.select("img, iframe, object, embed")).isEmpty();
            assertThat(page.select("a[href^=javascript]")).isEmpty();
            assertThat(page.body().text()).contains(MARK);
            assertThat(page.html()).doesNotContain("\u001b", "\u0007", "\u202e");

            String csv = Files.readString(draft.resolve("perechen.csv"));
            assertThat(csv).contains("'=HYPERLINK(").doesNotContain(",=HYPERLINK(", ",\"=HYPERLINK(");

            Workbook workbook = new Workbook(Files.readAllBytes(draft.resolve("perechen.xlsx")));
            for (String part : workbook.parts.keySet()) {
                if (part.startsWith("xl/worksheets/")) {
                    assertThat(workbook.parts.get(part)).doesNotContain("<f>", "<f ").doesNotContain(MARK);
                }
            }

            JsonNode json = new ObjectMapper().readTree(draft.resolve("perechen.json").toFile());
            assertThat(json.toString()).contains("alert(1)");
            assertThat(TpRun.in(dir, "verify", "share").exitCode()).isZero();
        }
    }

    private static void assertNoRawControls(String text) {
        assertThat(text).doesNotContain("\u001b", "\u0007", "\u202e", "\u0000");
    }
}
