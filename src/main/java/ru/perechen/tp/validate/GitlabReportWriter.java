package ru.perechen.tp.validate;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

import ru.perechen.tp.model.Finding;
import ru.perechen.tp.model.Severity;

/**
 * Findings as a GitLab Code Quality report (the {@code codequality} artifact), which GitLab shows
 * in the merge request and on the changed lines: a JSON array of issues, each with
 * {@code description}, {@code check_name} (the rule), {@code fingerprint} (see
 * {@link FindingFingerprints}: stable when lines move), {@code severity} and
 * {@code location.path} / {@code location.lines.begin}.
 *
 * <p>Severity uses GitLab's words. An error is {@code major}: it breaks the Order and fails the
 * pipeline, but GitLab keeps {@code critical} and {@code blocker} for defects that make software
 * unsafe or unusable, which a register's finding is not. A warning, which does not fail the
 * pipeline, is {@code minor}; {@code info} would hide it among notices.
 */
public final class GitlabReportWriter implements ReportWriter {

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final FindingTexts texts;
    private final DisplayPaths paths;

    public GitlabReportWriter(Locale locale, DisplayPaths paths) {
        this.texts = new FindingTexts(locale);
        this.paths = paths;
    }

    @Override
    public void write(ValidationReport report, Writer out) throws IOException {
        List<Finding> findings = report.findings();
        List<String> fingerprints = FindingFingerprints.of(findings);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (int i = 0; i < findings.size(); i++) {
                Finding finding = findings.get(i);
                json.writeStartObject();
                json.writeStringField("type", "issue");
                json.writeStringField("check_name", finding.rule());
                json.writeStringField("description", texts.message(finding) + " ["
                        + texts.messages().text("text.clause", finding.clause().number()) + "]");
                String hint = texts.hint(finding);
                if (hint != null) {
                    json.writeObjectFieldStart("content");
                    json.writeStringField("body", hint);
                    json.writeEndObject();
                }
                json.writeStringField("fingerprint", fingerprints.get(i));
                json.writeStringField("severity", severity(finding.severity()));
                json.writeObjectFieldStart("location");
                json.writeStringField("path", paths.display(finding.location().file()));
                json.writeObjectFieldStart("lines");
                // GitLab needs a line; a finding about a whole file points at its first.
                json.writeNumberField("begin", Math.max(1, finding.location().line()));
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        out.write('\n');
        out.flush();
    }

    static String severity(Severity severity) {
        return severity == Severity.ERROR ? "major" : "minor";
    }
}
