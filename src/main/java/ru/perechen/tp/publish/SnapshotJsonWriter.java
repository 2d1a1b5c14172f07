package ru.perechen.tp.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

import ru.perechen.tp.model.ApprovedVersion;
import ru.perechen.tp.model.Assessment;
import ru.perechen.tp.model.Basis;
import ru.perechen.tp.model.Change;
import ru.perechen.tp.model.Code;
import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Organization;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.ProcessLink;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.RegisterHeader;
import ru.perechen.tp.model.Requirement;
import ru.perechen.tp.model.Unit;

/**
 * {@code perechen.json}: the whole register for programs, with the approval that fixed it. Keys
 * and codes are those of the YAML format (docs/format.md), records sorted by id, text exactly as
 * written (no spreadsheet neutralisation: this file is data, not a sheet).
 */
final class SnapshotJsonWriter {

    void write(Snapshot snapshot, OutputStream out) throws IOException {
        Register register = snapshot.register();
        RegisterHeader header = register.header();
        try (JsonGenerator json = JsonFiles.file(out)) {
            json.writeStartObject();
            json.writeNumberField("format", 1);
            json.writeBooleanField("draft", snapshot.draft());
            ApprovedVersion approval = snapshot.approval().orElse(null);
            string(json, "version", approval == null ? null : approval.tag());
            string(json, "act", approval == null ? null : approval.act());
            string(json, "date", approval == null ? null : approval.date().toString());
            string(json, "tag", approval == null ? null : approval.tag());
            string(json, "commit", approval == null ? null : approval.commit());
            string(json, "previous", snapshot.previous().map(ApprovedVersion::tag).orElse(null));
            string(json, "tool", snapshot.tool());
            string(json, "title", header.title());
            string(json, "locale", header.locale());
            json.writeArrayFieldStart("organizations");
            for (Organization organization : header.organizations()) {
                json.writeStartObject();
                string(json, "id", organization.id());
                string(json, "name", organization.name());
                code(json, "role", organization.role());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("units");
            for (Unit unit : header.units()) {
                json.writeStartObject();
                string(json, "id", unit.id());
                string(json, "name", unit.name());
                string(json, "organization", unit.organization());
                json.writeEndObject();
            }
            json.writeEndArray();
            if (header.authorizedPerson() != null) {
                json.writeObjectFieldStart("authorized-person");
                string(json, "name", header.authorizedPerson().name());
                string(json, "position", header.authorizedPerson().position());
                string(json, "unit", header.authorizedPerson().unit());
                json.writeEndObject();
            }
            json.writeArrayFieldStart("processes");
            for (InteractionProcess process : SnapshotTables.sortedProcesses(register)) {
                writeProcess(json, process);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("points");
            for (Point point : SnapshotTables.sortedPoints(register)) {
                writePoint(json, point);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("changes");
            for (Change change : snapshot.changes()) {
                writeChange(json, change);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void writeProcess(JsonGenerator json, InteractionProcess process) throws IOException {
        json.writeStartObject();
        string(json, "id", process.id());
        string(json, "name", process.name());
        code(json, "client", process.client());
        code(json, "category", process.category());
        code(json, "scope", process.scope());
        string(json, "unit", process.unit());
        basis(json, process.basis());
        string(json, "note", process.note());
        json.writeEndObject();
    }

    private static void writePoint(JsonGenerator json, Point point) throws IOException {
        json.writeStartObject();
        string(json, "id", point.id());
        string(json, "name", point.name());
        code(json, "kind", point.kind());
        code(json, "channel", point.effectiveChannel());
        string(json, "organization", point.organization());
        string(json, "unit", point.unit());
        string(json, "address", point.address());
        json.writeArrayFieldStart("processes");
        for (ProcessLink link : point.processes() == null ? List.<ProcessLink>of() : point.processes()) {
            json.writeStartObject();
            string(json, "process", link.process());
            codes(json, "needs", link.needs());
            if (link.other() != null) {
                string(json, "other", link.other());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        basis(json, point.basis());
        json.writeObjectFieldStart("requirements");
        Map<Requirement, Assessment> requirements = point.requirements() == null ? Map.of() : point.requirements();
        for (Requirement requirement : Requirement.values()) {
            if (requirements.containsKey(requirement)) {
                code(json, requirement.code(), requirements.get(requirement));
            }
        }
        json.writeEndObject();
        string(json, "survey", point.survey());
        code(json, "demand", point.demand());
        json.writeBooleanField("appeals-tracked", point.appealsTracked());
        codes(json, "accessibility", point.accessibility());
        json.writeBooleanField("history", point.history());
        string(json, "note", point.note());
        json.writeEndObject();
    }

    private static void writeChange(JsonGenerator json, Change change) throws IOException {
        json.writeStartObject();
        string(json, "type", change.type().code());
        string(json, "clause", change.clause() == null ? null : change.clause().number());
        string(json, "id", change.id());
        string(json, "file", change.file());
        if (change.field() != null) {
            string(json, "field", change.field());
        }
        if (change.from() != null || change.to() != null) {
            string(json, "from", change.from());
            string(json, "to", change.to());
        }
        if (change.process() != null) {
            string(json, "process", change.process());
        }
        if (!change.added().isEmpty() || !change.removed().isEmpty()) {
            json.writeArrayFieldStart("added");
            for (String code : change.added()) {
                json.writeString(code);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("removed");
            for (String code : change.removed()) {
                json.writeString(code);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void basis(JsonGenerator json, List<Basis> basis) throws IOException {
        json.writeArrayFieldStart("basis");
        for (Basis item : basis == null ? List.<Basis>of() : basis) {
            json.writeStartObject();
            code(json, "type", item.type());
            string(json, "title", item.title());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void string(JsonGenerator json, String key, String value) throws IOException {
        if (value == null) {
            json.writeNullField(key);
        } else {
            json.writeStringField(key, value);
        }
    }

    private static void code(JsonGenerator json, String key, Code value) throws IOException {
        string(json, key, value == null ? null : value.code());
    }

    private static void codes(JsonGenerator json, String key, List<? extends Code> values) throws IOException {
        json.writeArrayFieldStart(key);
        for (Code value : values == null ? List.<Code>of() : values) {
            json.writeString(value == null ? null : value.code());
        }
        json.writeEndArray();
    }
}
