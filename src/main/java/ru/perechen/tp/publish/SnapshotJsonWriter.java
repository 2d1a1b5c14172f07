package ru.perechen.tp.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 *
 * <p>Each record (the header, a process, a point) is first made a value of maps, lists and strings,
 * the very value a reader of the file gets back, and that one value is both written into the file
 * and hashed for the manifest's {@link RecordDigests}, so the file need not be read back for them.
 */
final class SnapshotJsonWriter {

    /** Writes the file and returns the digests of its records. */
    RecordDigests write(Snapshot snapshot, OutputStream out) throws IOException {
        return write(snapshot, RecordOrder.of(snapshot.register()), out);
    }

    RecordDigests write(Snapshot snapshot, RecordOrder order, OutputStream out) throws IOException {
        RegisterHeader header = snapshot.register().header();
        RecordDigests.Builder digests = new RecordDigests.Builder();
        Map<String, Object> headerRecord = header(header);
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
            for (Map.Entry<String, Object> member : headerRecord.entrySet()) {
                json.writeFieldName(member.getKey());
                value(json, member.getValue());
            }
            json.writeArrayFieldStart(RecordDigests.PROCESSES);
            int position = 0;
            for (InteractionProcess process : order.processes()) {
                record(json, RecordDigests.PROCESSES, process(process), position++, digests);
            }
            json.writeEndArray();
            json.writeArrayFieldStart(RecordDigests.POINTS);
            position = 0;
            for (Point point : order.points()) {
                record(json, RecordDigests.POINTS, point(point), position++, digests);
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
        try {
            digests.header(headerRecord);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        return digests.build();
    }

    /** Writes a record into the file and adds its hash; a record with no canonical form fails as reading it back would. */
    private static void record(JsonGenerator json, String array, Map<String, Object> record, int position,
                               RecordDigests.Builder digests) throws IOException {
        value(json, record);
        try {
            digests.add(array, record, position);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The register's own record: its title, locale, organizations, units and authorized person. */
    private static Map<String, Object> header(RegisterHeader header) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("title", header.title());
        record.put("locale", header.locale());
        List<Object> organizations = new ArrayList<>();
        for (Organization organization : header.organizations()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", organization.id());
            item.put("name", organization.name());
            item.put("role", code(organization.role()));
            organizations.add(item);
        }
        record.put("organizations", organizations);
        List<Object> units = new ArrayList<>();
        for (Unit unit : header.units()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", unit.id());
            item.put("name", unit.name());
            item.put("organization", unit.organization());
            units.add(item);
        }
        record.put("units", units);
        if (header.authorizedPerson() != null) {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("name", header.authorizedPerson().name());
            person.put("position", header.authorizedPerson().position());
            person.put("unit", header.authorizedPerson().unit());
            record.put("authorized-person", person);
        }
        return record;
    }

    private static Map<String, Object> process(InteractionProcess process) {
        Map<String, Object> record = new LinkedHashMap<>(16);
        record.put("id", process.id());
        record.put("name", process.name());
        record.put("client", code(process.client()));
        record.put("category", code(process.category()));
        record.put("scope", code(process.scope()));
        record.put("unit", process.unit());
        record.put("basis", basis(process.basis()));
        record.put("note", process.note());
        return record;
    }

    private static Map<String, Object> point(Point point) {
        Map<String, Object> record = new LinkedHashMap<>(32);
        record.put("id", point.id());
        record.put("name", point.name());
        record.put("kind", code(point.kind()));
        record.put("channel", code(point.effectiveChannel()));
        record.put("organization", point.organization());
        record.put("unit", point.unit());
        record.put("address", point.address());
        List<Object> links = new ArrayList<>();
        for (ProcessLink link : point.processes() == null ? List.<ProcessLink>of() : point.processes()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("process", link.process());
            item.put("needs", codes(link.needs()));
            if (link.other() != null) {
                item.put("other", link.other());
            }
            links.add(item);
        }
        record.put("processes", links);
        record.put("basis", basis(point.basis()));
        Map<String, Object> requirements = new LinkedHashMap<>();
        Map<Requirement, Assessment> assessments = point.requirements() == null ? Map.of() : point.requirements();
        for (Requirement requirement : Requirement.values()) {
            if (assessments.containsKey(requirement)) {
                requirements.put(requirement.code(), code(assessments.get(requirement)));
            }
        }
        record.put("requirements", requirements);
        record.put("survey", point.survey());
        record.put("demand", code(point.demand()));
        record.put("appeals-tracked", point.appealsTracked());
        record.put("accessibility", codes(point.accessibility()));
        record.put("history", point.history());
        record.put("note", point.note());
        return record;
    }

    private static List<Object> basis(List<Basis> basis) {
        List<Object> items = new ArrayList<>();
        for (Basis item : basis == null ? List.<Basis>of() : basis) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("type", code(item.type()));
            document.put("title", item.title());
            items.add(document);
        }
        return items;
    }

    private static String code(Code value) {
        return value == null ? null : value.code();
    }

    private static List<Object> codes(List<? extends Code> values) {
        List<Object> codes = new ArrayList<>();
        for (Code value : values == null ? List.<Code>of() : values) {
            codes.add(code(value));
        }
        return codes;
    }

    /** Writes a value made of maps (member order kept), lists, strings, booleans and {@code null}. */
    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> member : map.entrySet()) {
                json.writeFieldName((String) member.getKey());
                value(json, member.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                value(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else {
            throw new IllegalArgumentException("not a value of a record: " + value.getClass().getName());
        }
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

    private static void string(JsonGenerator json, String key, String value) throws IOException {
        if (value == null) {
            json.writeNullField(key);
        } else {
            json.writeStringField(key, value);
        }
    }
}
