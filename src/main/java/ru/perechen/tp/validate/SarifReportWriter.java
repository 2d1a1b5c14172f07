package ru.perechen.tp.validate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

import ru.perechen.tp.model.Finding;
import ru.perechen.tp.model.Severity;
import ru.perechen.tp.rules.Rule;
import ru.perechen.tp.rules.RuleCatalogue;
import ru.perechen.tp.rules.RuleInfo;

/**
 * The report as SARIF 2.1.0, the format of GitHub code scanning and of most analysis viewers: one
 * run of the tool {@code tp}, with one rule descriptor per rule of the catalogue (its summary as
 * short description, summary and advice as help, its default severity, and the clause of the
 * Order in its properties), and one result per finding with its rule, level, message and place.
 *
 * <p>Columns are counted in Unicode code points, as the YAML parser counts them. A finding about
 * a whole file has a location without a region.
 */
public final class SarifReportWriter implements ReportWriter {

    public static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final String FINGERPRINT = "tpFinding/v1";

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final FindingTexts texts;
    private final DisplayPaths paths;
    private final String toolVersion;
    private final Locale locale;

    public SarifReportWriter(Locale locale, DisplayPaths paths, String toolVersion) {
        this.texts = new FindingTexts(locale);
        this.paths = paths;
        this.toolVersion = toolVersion;
        this.locale = texts.messages().locale();
    }

    @Override
    public void write(ValidationReport report, Writer out) throws IOException {
        List<Rule> rules = RuleCatalogue.all();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }
        List<String> fingerprints = FindingFingerprints.of(report.findings());
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            writeTool(json, rules);
            json.writeStringField("language", locale.getLanguage());
            json.writeStringField("columnKind", "unicodeCodePoints");
            json.writeArrayFieldStart("results");
            for (int i = 0; i < report.findings().size(); i++) {
                Finding finding = report.findings().get(i);
                writeResult(json, finding, ruleIndex.get(finding.rule()), fingerprints.get(i));
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private void writeTool(JsonGenerator json, List<Rule> rules) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "tp");
        json.writeStringField("version", toolVersion);
        json.writeArrayFieldStart("rules");
        for (Rule rule : rules) {
            RuleInfo info = rule.info();
            String summary = texts.summary(info.id());
            String fix = texts.messages().find(info.id() + ".fix").orElse(null);
            json.writeStartObject();
            json.writeStringField("id", info.id());
            json.writeObjectFieldStart("shortDescription");
            json.writeStringField("text", summary);
            json.writeEndObject();
            json.writeObjectFieldStart("help");
            json.writeStringField("text", fix == null ? summary
                    : summary + "\n" + texts.messages().text("text.hint") + ": " + fix);
            json.writeEndObject();
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", level(info.severity()));
            json.writeEndObject();
            json.writeObjectFieldStart("properties");
            json.writeStringField("clause", info.clause().number());
            json.writeStringField("clauseTitle", info.clause().title(locale));
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private void writeResult(JsonGenerator json, Finding finding, Integer ruleIndex, String fingerprint)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.rule());
        if (ruleIndex != null) {
            json.writeNumberField("ruleIndex", ruleIndex);
        }
        json.writeStringField("level", level(finding.severity()));
        json.writeObjectFieldStart("message");
        String hint = texts.hint(finding);
        json.writeStringField("text", hint == null ? texts.message(finding)
                : texts.message(finding) + "\n" + texts.messages().text("text.hint") + ": " + hint);
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri(paths.display(finding.location().file())));
        json.writeEndObject();
        if (finding.location().line() > 0) {
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", finding.location().line());
            json.writeNumberField("startColumn", Math.max(1, finding.location().column()));
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField(FINGERPRINT, fingerprint);
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeStringField("clause", finding.clause().number());
        json.writeEndObject();
        json.writeEndObject();
    }

    static String level(Severity severity) {
        return severity == Severity.ERROR ? "error" : "warning";
    }

    /**
     * A shown path as a URI reference: relative paths stay relative (viewers resolve them against
     * the repository), absolute ones become {@code file:} URIs; anything but unreserved characters
     * and {@code /} is percent-encoded as UTF-8.
     */
    static String uri(String path) {
        boolean windowsDrive = path.length() > 1 && path.charAt(1) == ':' && Character.isLetter(path.charAt(0));
        StringBuilder out = new StringBuilder();
        if (path.startsWith("/")) {
            out.append("file://");
        } else if (windowsDrive) {
            out.append("file:///").append(path, 0, 2);
            path = path.substring(2);
        }
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", (int) c));
            }
        }
        return out.toString();
    }
}
