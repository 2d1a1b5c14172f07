package ru.perechen.tp.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import com.code_intelligence.jazzer.junit.FuzzTest;

import ru.perechen.tp.FuzzText;

/**
 * Any text from the register through the escaping of the published files: in the page it is text
 * and never markup; a CSV cell reads back as written (with the formula guard); a workbook cell is
 * well-formed XML that reads back as written.
 */
class EscapingFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void html_text_is_never_markup(byte[] input) {
        String text = FuzzText.of(input);
        String escaped = Html.escape(text);
        assertThat(escaped).doesNotContain("<", ">", "\"", "'");
        Document page = Jsoup.parse("<p title=\"" + escaped + "\">" + escaped + "</p>");
        assertThat(page.body().children()).hasSize(1);
        assertThat(page.body().child(0).children()).isEmpty();
        String expected = shownInHtml(text);
        assertThat(page.body().child(0).wholeText()).isEqualTo(expected);
        assertThat(page.body().child(0).attr("title")).isEqualTo(expected);
    }

    @FuzzTest(maxDuration = "30s")
    void a_csv_cell_reads_back_and_is_never_a_formula(byte[] input) throws IOException {
        String text = FuzzText.of(input);
        StringWriter out = new StringWriter();
        CsvWriter.writeField(out, SpreadsheetText.forCsv(text));
        out.write(",x\r\n");
        List<List<String>> rows = Csv.parse(out.toString());
        assertThat(rows).hasSize(1);
        String cell = rows.get(0).get(0);
        assertThat(SpreadsheetText.startsLikeFormula(cell)).isFalse();
        assertThat(cell).isEqualTo(SpreadsheetText.startsLikeFormula(text) ? "'" + text : text);
    }

    @FuzzTest(maxDuration = "30s")
    void a_workbook_cell_is_well_formed_and_reads_back(byte[] input) throws Exception {
        String text = FuzzText.of(input);
        String xml = "<c><is><t xml:space=\"preserve\">" + XlsxWriter.cellText(text) + "</t></is></c>";
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getElementsByTagName("t").getLength()).isEqualTo(1);
        String read = Workbook.decode(document.getDocumentElement().getTextContent());
        assertThat(read).isEqualTo(withoutLoneSurrogates(text));
    }

    /** What a browser shows for a text the page escaped: unsafe characters as U+FFFD, CR as the parser reads it. */
    private static String shownInHtml(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
                continue;
            }
            boolean unsafe = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                    || c == 0xFFFE || c == 0xFFFF || (c >= 0xFDD0 && c <= 0xFDEF) || Character.isSurrogate(c);
            out.append(unsafe ? '\uFFFD' : c);
        }
        return out.toString();
    }

    private static String withoutLoneSurrogates(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
