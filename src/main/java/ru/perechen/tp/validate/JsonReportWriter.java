package ru.perechen.tp.validate;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

import ru.perechen.tp.model.Finding;

/**
 * The report for programs: {@code errors}, {@code warnings}, {@code points}, {@code processes} and
 * the {@code findings} with rule, clause (a string), severity, file, line, column, message and hint.
 */
public final class JsonReportWriter implements ReportWriter {

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final FindingTexts texts;
    private final DisplayPaths paths;

    public JsonReportWriter(Locale locale, DisplayPaths paths) {
        this.texts = new FindingTexts(locale);
        this.paths = paths;
    }

    @Override
    public void write(ValidationReport report, Writer out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("errors", report.errors());
            json.writeNumberField("warnings", report.warnings());
            json.writeNumberField("points", report.pointFiles());
            json.writeNumberField("processes", report.processFiles());
            json.writeArrayFieldStart("findings");
            for (Finding finding : report.findings()) {
                json.writeStartObject();
                json.writeStringField("rule", finding.rule());
                json.writeStringField("clause", finding.clause().number());
                json.writeStringField("severity", finding.severity().code());
                json.writeStringField("file", paths.display(finding.location().file()));
                json.writeNumberField("line", finding.location().line());
                json.writeNumberField("column", finding.location().column());
                json.writeStringField("message", texts.message(finding));
                String hint = texts.hint(finding);
                if (hint != null) {
                    json.writeStringField("hint", hint);
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write(System.lineSeparator());
        out.flush();
    }
}
