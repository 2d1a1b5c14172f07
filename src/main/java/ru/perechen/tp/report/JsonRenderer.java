package ru.perechen.tp.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import ru.perechen.tp.model.Assessment;
import ru.perechen.tp.model.Change;
import ru.perechen.tp.model.Finding;
import ru.perechen.tp.model.PointKind;
import ru.perechen.tp.model.Requirement;
import ru.perechen.tp.validate.DisplayPaths;
import ru.perechen.tp.validate.FindingTexts;

/**
 * The report for programs: every figure of the HTML page under stable keys, codes as the files
 * write them (labels only where a reader's text is the point: finding messages). Shares are
 * numbers from 0 to 1, or {@code null} when nothing is assessed.
 */
public final class JsonRenderer {

    private static final JsonFactory JSON = new JsonFactory();

    private final FindingTexts findingTexts;
    private final DisplayPaths paths;

    public JsonRenderer(Locale locale, DisplayPaths paths) {
        this.findingTexts = new FindingTexts(locale);
        this.paths = paths;
    }

    public String render(ControlReport report) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("title", report.title());
            json.writeNumberField("points", report.points());
            json.writeNumberField("processes", report.processes());
            counts(json, report.counts());
            coverage(json, report.coverage());
            journeys(json, report.journeys());
            compliance(json, report.compliance());
            flags(json, report.flags());
            validation(json, report);
            changes(json, report);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + System.lineSeparator();
    }

    private static void counts(JsonGenerator json, Counts counts) throws IOException {
        json.writeObjectFieldStart("counts");
        countRows(json, "channel", counts.byChannel(), false);
        countRows(json, "kind", counts.byKind(), false);
        countRows(json, "organization", counts.byOrganization(), true);
        countRows(json, "unit", counts.byUnit(), true);
        countRows(json, "client", counts.byClient(), true);
        countRows(json, "category", counts.byCategory(), true);
        json.writeEndObject();
    }

    private static void countRows(JsonGenerator json, String name, List<Counts.Row> rows, boolean processes)
            throws IOException {
        json.writeArrayFieldStart(name);
        for (Counts.Row row : rows) {
            json.writeStartObject();
            json.writeStringField("id", row.subject().id());
            if (row.subject().code() == null && row.subject().id() != null) {
                json.writeStringField("name", row.subject().name());
            }
            json.writeNumberField("points", row.points());
            if (processes) {
                json.writeNumberField("processes", row.processes());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void coverage(JsonGenerator json, CoverageMatrix matrix) throws IOException {
        json.writeObjectFieldStart("coverage");
        json.writeNumberField("max", matrix.max());
        json.writeArrayFieldStart("rows");
        for (CoverageMatrix.Row row : matrix.rows()) {
            json.writeStartObject();
            json.writeStringField("process", row.processId());
            json.writeStringField("name", row.processName());
            json.writeStringField("client", row.client() == null ? null : row.client().code());
            json.writeObjectFieldStart("kinds");
            for (PointKind kind : matrix.kinds()) {
                if (row.count(kind) > 0) {
                    json.writeNumberField(kind.code(), row.count(kind));
                }
            }
            json.writeEndObject();
            json.writeNumberField("total", row.total());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void journeys(JsonGenerator json, List<Journey> journeys) throws IOException {
        json.writeArrayFieldStart("journeys");
        for (Journey journey : journeys) {
            json.writeStartObject();
            json.writeStringField("process", journey.processId());
            json.writeStringField("name", journey.processName());
            json.writeArrayFieldStart("stages");
            for (Journey.Stage stage : journey.stages()) {
                json.writeStartObject();
                json.writeStringField("need", stage.need().code());
                stringArray(json, "points", stage.points());
                json.writeEndObject();
            }
            json.writeEndArray();
            stringArray(json, "gaps", journey.gaps().stream().map(n -> n.code()).toList());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void compliance(JsonGenerator json, List<ComplianceTable> tables) throws IOException {
        json.writeArrayFieldStart("compliance");
        for (ComplianceTable table : tables) {
            json.writeStartObject();
            json.writeStringField("channel", table.channel().code());
            json.writeStringField("clause", table.clause().number());
            json.writeArrayFieldStart("shares");
            for (ComplianceTable.Share share : table.shares()) {
                json.writeStartObject();
                json.writeStringField("requirement", share.requirement().code());
                json.writeStringField("letter", share.requirement().letter());
                json.writeNumberField("met", share.met());
                json.writeNumberField("partly", share.partly());
                json.writeNumberField("notMet", share.notMet());
                json.writeNumberField("notApplicable", share.notApplicable());
                json.writeNumberField("notAssessed", share.notAssessed());
                if (share.shareMet() == null) {
                    json.writeNullField("shareMet");
                } else {
                    json.writeNumberField("shareMet", share.shareMet());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("points");
            for (ComplianceTable.Row row : table.rows()) {
                json.writeStartObject();
                json.writeStringField("point", row.point().id());
                json.writeObjectFieldStart("assessments");
                for (Requirement requirement : table.requirements()) {
                    Assessment assessment = row.of(requirement);
                    json.writeStringField(requirement.code(), assessment == null ? null : assessment.code());
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void flags(JsonGenerator json, Flags flags) throws IOException {
        json.writeObjectFieldStart("flags");
        points(json, "lowDemand", flags.lowDemand());
        points(json, "appealsNotTracked", flags.appealsNotTracked());
        points(json, "withoutSurvey", flags.withoutSurvey());
        json.writeArrayFieldStart("principles");
        for (Flags.Principles p : flags.flaggedPrinciples()) {
            json.writeStartObject();
            json.writeStringField("process", p.processId());
            json.writeBooleanField("online", p.online());
            json.writeBooleanField("offline", p.offline());
            json.writeBooleanField("accessibility", p.accessibility());
            json.writeBooleanField("history", p.history());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void points(JsonGenerator json, String name, List<PointRef> points) throws IOException {
        json.writeArrayFieldStart(name);
        for (PointRef point : points) {
            json.writeStartObject();
            json.writeStringField("point", point.id());
            json.writeStringField("file", paths.display(point.file()));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void validation(JsonGenerator json, ControlReport report) throws IOException {
        json.writeObjectFieldStart("validation");
        json.writeNumberField("errors", report.validation().errors());
        json.writeNumberField("warnings", report.validation().warnings());
        json.writeArrayFieldStart("findings");
        for (Finding finding : report.validation().findings()) {
            json.writeStartObject();
            json.writeStringField("rule", finding.rule());
            json.writeStringField("clause", finding.clause().number());
            json.writeStringField("severity", finding.severity().code());
            json.writeStringField("file", paths.display(finding.location().file()));
            json.writeNumberField("line", finding.location().line());
            json.writeNumberField("column", finding.location().column());
            json.writeStringField("message", findingTexts.message(finding));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void changes(JsonGenerator json, ControlReport report) throws IOException {
        if (report.changes().isEmpty()) {
            json.writeNullField("changes");
            return;
        }
        ChangesSinceApproval changes = report.changes().get();
        json.writeObjectFieldStart("changes");
        if (changes.since() == null) {
            json.writeNullField("since");
        } else {
            json.writeObjectFieldStart("since");
            json.writeStringField("tag", changes.since().tag());
            json.writeStringField("act", changes.since().act());
            json.writeStringField("date", String.valueOf(changes.since().date()));
            json.writeEndObject();
        }
        json.writeArrayFieldStart("list");
        for (Change change : changes.changes()) {
            json.writeStartObject();
            json.writeStringField("type", change.type().code());
            json.writeStringField("clause", change.clause() == null ? null : change.clause().number());
            json.writeStringField("id", change.id());
            json.writeStringField("file", change.file() == null ? null : paths.display(change.file()));
            json.writeStringField("field", change.field());
            json.writeStringField("from", change.from());
            json.writeStringField("to", change.to());
            json.writeStringField("process", change.process());
            stringArray(json, "added", change.added());
            stringArray(json, "removed", change.removed());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void stringArray(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
