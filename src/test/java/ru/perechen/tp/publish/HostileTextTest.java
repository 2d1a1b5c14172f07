package ru.perechen.tp.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.perechen.tp.model.ApprovedVersion;
import ru.perechen.tp.model.Change;
import ru.perechen.tp.model.ChangeType;
import ru.perechen.tp.model.Register;

/**
 * A register written by someone hostile (HTML, scripts, formulas, control characters, direction
 * overrides) must reach readers as text: no markup or script in the page, no formula in the
 * workbook or the CSV file, and the original text intact in the JSON file.
 */
class HostileTextTest {

    static Register register;
    static Snapshot snapshot;

    @BeforeAll
    static void read(@TempDir Path folder) {
        register = InMemoryVersions.load(Registers.hostile(folder));
        ApprovedVersion version = new ApprovedVersion("approved/2026-11-30", "Приказ <b>№ 1</b> & =1+1",
                LocalDate.of(2026, 11, 30), "a".repeat(40), 58, 33, "sha256:0");
        List<Change> changes = List.of(new Change(ChangeType.FIELD_CHANGED, "TP-001", "points/minkult/TP-001.yaml",
                "name", "old", Registers.SCRIPT_NAME, null, null, null));
        snapshot = Snapshot.approved(register, version, Optional.empty(), changes, "test");
    }

    @Test
    void the_hostile_texts_were_read_as_written() {
        assertThat(register.point("TP-001").orElseThrow().name()).isEqualTo(Registers.SCRIPT_NAME);
        assertThat(register.point("TP-005").orElseThrow().name()).isEqualTo(Registers.CR_NAME);
        assertThat(register.process("PR-001").orElseThrow().name()).isEqualTo(Registers.CLOSING_SCRIPT);
    }

    @Test
    void the_page_has_no_markup_or_script_from_the_register() throws IOException {
        String html = page();
        Document page = Jsoup.parse(html);
        assertThat(page.select("script")).hasSize(2);
        assertThat(page.select("script[type=application/json]#tp-data")).hasSize(1);
        assertThat(page.select("script:not([type])").first().data()).doesNotContain("alert");
        assertThat(page.select("b, iframe, object, embed, img")).isEmpty();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("event handler on <%s>", element.tagName()).doesNotStartWith("on");
            }
        }
        for (Element link : page.select("a[href]")) {
            assertThat(link.attr("href")).matches("(#|https?://|mailto:|tel:|perechen\\.|manifest\\.json).*");
        }
        assertThat(page.select("a:contains(javascript)")).isEmpty();
        assertThat(page.text()).contains("<script>alert(1)</script>", "</script><script>alert(2)</script>", "+7 <b>bold</b>");
        assertThat(html).doesNotContain("\u0007", "\u202E");
    }

    @Test
    void the_embedded_data_cannot_close_its_script_element_and_reads_back_as_written() throws IOException {
        String html = page();
        int start = html.indexOf("<script type=\"application/json\" id=\"tp-data\">");
        String json = html.substring(html.indexOf('>', start) + 1, html.indexOf("</script>", start));
        assertThat(json).doesNotContain("<", ">", "&").contains("\\u003cscript\\u003e", "\\u0026");
        JsonNode data = new ObjectMapper().readTree(json);
        assertThat(data.at("/points/TP-001/text").asText()).contains("<script>alert(1)</script>");
        assertThat(data.at("/processes/PR-001/text").asText()).contains("</script><script>alert(2)</script>");
    }

    @Test
    void no_workbook_cell_is_a_formula_and_those_that_look_like_one_are_quote_prefixed() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new XlsxWriter().write(new SnapshotTables(snapshot).all(), Optional.empty(), bytes);
        Workbook workbook = new Workbook(bytes.toByteArray());
        for (var part : workbook.parts.entrySet()) {
            assertThat(part.getValue()).as(part.getKey()).doesNotContain("<f>", "<f ", "t=\"str\"", "t=\"s\"");
        }
        assertThat(workbook.parts.get("xl/styles.xml")).contains("quotePrefix=\"1\"");
        List<List<String>> rows = workbook.rows(1);
        assertThat(rows.get(0).get(0)).isEqualTo("Код точки");
        List<String> tp1 = rows.stream().filter(r -> r.get(0).equals("TP-001")).findFirst().orElseThrow();
        assertThat(tp1.get(1)).isEqualTo(Registers.SCRIPT_NAME);
        assertThat(tp1).contains(Registers.FORMULA_NOTE);
        int noteColumn = tp1.indexOf(Registers.FORMULA_NOTE);
        int rowNumber = rows.indexOf(tp1) + 1;
        assertThat(workbook.style(1, XlsxWriter.columnName(noteColumn) + rowNumber)).isEqualTo("3");
        assertThat(workbook.style(1, "B" + rowNumber)).isEqualTo("2");
        List<String> tp3 = rows.stream().filter(r -> r.get(0).equals("TP-003")).findFirst().orElseThrow();
        assertThat(tp3).contains(Registers.MINUS_NAME, Registers.ESCAPE_LOOKALIKE);
        List<String> tp5 = rows.stream().filter(r -> r.get(0).equals("TP-005")).findFirst().orElseThrow();
        assertThat(tp5.get(1)).isEqualTo(Registers.CR_NAME);
        assertThat(workbook.style(1, "B" + (rows.indexOf(tp5) + 1))).isEqualTo("3");
    }

    @Test
    void csv_cells_that_look_like_formulas_get_a_leading_apostrophe() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new CsvWriter().write(new SnapshotTables(snapshot).register(), bytes);
        String text = bytes.toString(StandardCharsets.UTF_8);
        List<List<String>> rows = Csv.parse(text.substring(1));
        for (List<String> row : rows) {
            for (String cell : row) {
                assertThat(SpreadsheetText.startsLikeFormula(cell)).as(cell).isFalse();
            }
        }
        List<String> tp1 = rows.stream().filter(r -> r.get(0).equals("TP-001")).findFirst().orElseThrow();
        assertThat(tp1).contains("'" + Registers.FORMULA_NOTE, Registers.SCRIPT_NAME);
        assertThat(rows.stream().filter(r -> r.get(0).equals("TP-002")).findFirst().orElseThrow())
                .contains("'" + Registers.PLUS_NAME, "'" + Registers.AT_NOTE);
        assertThat(rows.stream().filter(r -> r.get(0).equals("TP-004")).findFirst().orElseThrow())
                .contains("'" + Registers.TAB_NAME);
        assertThat(rows.stream().filter(r -> r.get(0).equals("TP-005")).findFirst().orElseThrow())
                .contains("'" + Registers.CR_NAME);
    }

    @Test
    void the_json_file_keeps_the_original_text() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new SnapshotJsonWriter().write(snapshot, bytes);
        JsonNode json = new ObjectMapper().readTree(bytes.toByteArray());
        JsonNode tp1 = json.get("points").get(0);
        assertThat(tp1.get("id").asText()).isEqualTo("TP-001");
        assertThat(tp1.get("name").asText()).isEqualTo(Registers.SCRIPT_NAME);
        assertThat(tp1.get("note").asText()).isEqualTo(Registers.FORMULA_NOTE);
        assertThat(json.get("act").asText()).isEqualTo("Приказ <b>№ 1</b> & =1+1");
    }

    private static String page() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new HtmlPageWriter(snapshot).write(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
