package ru.perechen.tp.history;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import ru.perechen.tp.model.Change;

/**
 * A diff for programs: {@code from} and {@code to} (each with {@code ref} and {@code commit},
 * {@code null} for the working copy's commit and for the empty register), {@code changes} in the
 * diff's order, {@code actualization-required} (any change under 6.3) and {@code unreadable} files.
 * Each change has {@code type}, {@code id}, {@code clause} (a string or {@code null}) and {@code file};
 * {@code kind-changed} adds {@code from} and {@code to}; {@code needs-changed} adds {@code process},
 * {@code added} and {@code removed}; {@code field-changed} adds {@code field}, {@code from} and {@code to}.
 * Codes, not labels: the output is the same in every language.
 */
public final class JsonDiffRenderer {

    private static final JsonFactory JSON = new JsonFactory();

    public String render(DiffResult diff) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            side(json, "from", diff.from());
            side(json, "to", diff.to());
            json.writeArrayFieldStart("changes");
            for (Change change : diff.changes()) {
                write(json, change);
            }
            json.writeEndArray();
            json.writeBooleanField("actualization-required", diff.actualizationRequired());
            strings(json, "unreadable", diff.unreadable());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void side(JsonGenerator json, String name, RegisterVersion.Side side) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeStringField("ref", side.ref());
        json.writeStringField("commit", side.commit());
        json.writeEndObject();
    }

    /** One change as JSON, also used by the history's JSON. */
    static void write(JsonGenerator json, Change change) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", change.type().code());
        json.writeStringField("id", change.id());
        json.writeStringField("clause", change.clause() == null ? null : change.clause().number());
        switch (change.type()) {
            case KIND_CHANGED -> {
                json.writeStringField("from", change.from());
                json.writeStringField("to", change.to());
            }
            case NEEDS_CHANGED -> {
                json.writeStringField("process", change.process());
                strings(json, "added", change.added());
                strings(json, "removed", change.removed());
            }
            case FIELD_CHANGED -> {
                json.writeStringField("field", change.field());
                json.writeStringField("from", change.from());
                json.writeStringField("to", change.to());
            }
            default -> {
            }
        }
        json.writeStringField("file", change.file());
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
