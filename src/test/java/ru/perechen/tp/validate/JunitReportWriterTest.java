package ru.perechen.tp.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import ru.perechen.tp.i18n.Language;

class JunitReportWriterTest {

    @Test
    void oneSuiteWithATestCasePerFileAndFailuresForFilesWithErrors() throws Exception {
        Document xml = parse(write(SampleReports.report(), false));

        Element suite = xml.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("tests")).isEqualTo("5");
        assertThat(suite.getAttribute("failures")).isEqualTo("3");
        List<Element> cases = elements(suite.getElementsByTagName("testcase"));
        assertThat(cases).extracting(c -> c.getAttribute("name")).containsExactly("points/TP-001.yaml",
                "points/TP-002.yaml", "points/TP-003.yaml", "processes/PR-009.yaml", "register.yaml");
        assertThat(cases.get(1).getChildNodes().getLength()).isZero();
        Element failure = (Element) cases.get(0).getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("address-format");
        assertThat(failure.getTextContent())
                .contains("points/TP-001.yaml:7:10: ошибка: адрес «50% скидка: сайт,\\u000Aвторая строка»")
                .contains("[address-format, п. 3.2]");
    }

    @Test
    void warningsAloneDoNotFailAFileUnlessStrict() throws Exception {
        Element lenient = single(parse(write(SampleReports.report(), false)), "register.yaml");
        Element strict = single(parse(write(SampleReports.report(), true)), "register.yaml");

        assertThat(lenient.getElementsByTagName("failure").getLength()).isZero();
        assertThat(lenient.getElementsByTagName("system-out").item(0).getTextContent()).contains("minkult-hr");
        assertThat(strict.getElementsByTagName("failure").getLength()).isEqualTo(1);
    }

    @Test
    void charactersXmlCannotHoldAreShownNotWritten() throws Exception {
        String text = write(SampleReports.report(), false);

        assertThat(text).doesNotContain("\u0001").doesNotContain("\uD800");
        Element unspeakable = single(parse(text), "points/TP-003.yaml");
        assertThat(unspeakable.getElementsByTagName("failure").item(0).getTextContent())
                .contains("TP\\u0001-\\uD800x");
    }

    @Test
    void safeKeepsWhatXmlAllowsIncludingCharactersBeyondTheBasicPlane() {
        assertThat(JunitReportWriter.safe("a\tb\nc 𝄞 «ё»")).isEqualTo("a\tb\nc 𝄞 «ё»");
        assertThat(JunitReportWriter.safe("\u0000\uFFFE\uDC00")).isEqualTo("\\u0000\\uFFFE\\uDC00");
    }

    private static String write(ValidationReport report, boolean strict) throws IOException {
        StringWriter out = new StringWriter();
        new JunitReportWriter(Language.RUSSIAN, DisplayPaths.asIs(), strict).write(report, out);
        return out.toString();
    }

    private static Document parse(String text) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    private static Element single(Document xml, String file) {
        return elements(xml.getElementsByTagName("testcase")).stream()
                .filter(c -> c.getAttribute("name").equals(file)).findFirst().orElseThrow();
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
