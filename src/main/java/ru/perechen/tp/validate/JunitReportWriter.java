package ru.perechen.tp.validate;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import ru.perechen.tp.i18n.TerminalText;
import ru.perechen.tp.model.Finding;
import ru.perechen.tp.model.Severity;

/**
 * The report as JUnit XML, which CI servers (GitLab's test reports, Jenkins) show as tests: one
 * test suite, one test case per file checked. A file fails when it has an error (or, under
 * {@code --strict}, a warning); its {@code failure} carries every finding of the file, one per
 * line. Warnings of a file that passes are listed in its {@code system-out}, so they are seen
 * without turning the test red while the pipeline itself passes.
 *
 * <p>Written with the JDK's StAX writer, which escapes markup; characters that XML 1.0 cannot hold
 * at all (most control characters, unpaired surrogates) are replaced by a visible {@code \\uXXXX}
 * beforehand, since StAX would write them as they are and make the file unreadable.
 */
public final class JunitReportWriter implements ReportWriter {

    private static final String SUITE = "tp validate";

    private final FindingTexts texts;
    private final DisplayPaths paths;
    private final TextReportWriter lines;
    private final boolean strict;

    public JunitReportWriter(Locale locale, DisplayPaths paths, boolean strict) {
        this.texts = new FindingTexts(locale);
        this.paths = paths;
        this.lines = new TextReportWriter(locale, paths, Ansi.OFF);
        this.strict = strict;
    }

    @Override
    public void write(ValidationReport report, Writer out) throws IOException {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        report.files().forEach(file -> byFile.put(file, new ArrayList<>()));
        report.findings().forEach(finding -> byFile.get(finding.location().file()).add(finding));
        long failures = byFile.values().stream().filter(this::fails).count();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", SUITE);
            xml.writeAttribute("tests", String.valueOf(byFile.size()));
            xml.writeAttribute("failures", String.valueOf(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
                writeCase(xml, file.getKey(), file.getValue());
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
        out.flush();
    }

    private void writeCase(XMLStreamWriter xml, String file, List<Finding> findings) throws XMLStreamException {
        String shown = safe(paths.display(file));
        xml.writeCharacters("\n  ");
        if (findings.isEmpty()) {
            xml.writeEmptyElement("testcase");
            caseAttributes(xml, shown);
            return;
        }
        xml.writeStartElement("testcase");
        caseAttributes(xml, shown);
        String body = String.join("\n", findings.stream().map(this::line).toList());
        xml.writeCharacters("\n    ");
        if (fails(findings)) {
            Finding first = findings.stream().filter(this::failing).findFirst().orElseThrow();
            xml.writeStartElement("failure");
            xml.writeAttribute("message", safe(TerminalText.safe(texts.message(first))));
            xml.writeAttribute("type", first.rule());
            xml.writeCharacters(body);
            xml.writeEndElement();
        } else {
            xml.writeStartElement("system-out");
            xml.writeCharacters(body);
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void caseAttributes(XMLStreamWriter xml, String shown) throws XMLStreamException {
        xml.writeAttribute("classname", SUITE);
        xml.writeAttribute("name", shown);
        xml.writeAttribute("file", shown);
    }

    private String line(Finding finding) {
        String hint = texts.hint(finding);
        String line = lines.line(finding);
        return safe(hint == null ? line
                : line + "\n    " + texts.messages().text("text.hint") + ": " + TerminalText.safe(hint));
    }

    private boolean fails(List<Finding> findings) {
        return findings.stream().anyMatch(this::failing);
    }

    private boolean failing(Finding finding) {
        return finding.severity() == Severity.ERROR || strict;
    }

    /** The text with every character XML 1.0 cannot hold replaced by a visible {@code \\uXXXX}. */
    static String safe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (!allowed) {
                out.append(String.format("\\u%04X", c));
            } else if (out != null) {
                out.appendCodePoint(c);
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }
}
