package ru.perechen.tp.history;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import ru.perechen.tp.i18n.TerminalText;
import ru.perechen.tp.model.Change;

/** The history of one id: for each approved version that touched it, the version and its changes, oldest first. */
public final class HistoryRenderer {

    private static final JsonFactory JSON = new JsonFactory();

    private final ChangeTexts texts;

    public HistoryRenderer(Locale locale) {
        this.texts = new ChangeTexts(locale);
    }

    public String text(String id, List<IdHistory.Entry> entries) {
        String safeId = TerminalText.safe(id);
        if (entries.isEmpty()) {
            return texts.text("history.none", safeId) + "\n";
        }
        StringBuilder out = new StringBuilder(texts.text("history.title", safeId)).append('\n');
        for (IdHistory.Entry entry : entries) {
            out.append('\n').append(TerminalText.safe(texts.text("history.version", entry.version().tag(),
                    entry.version().act(), texts.date(entry.version().date())))).append('\n');
            for (Change change : entry.changes()) {
                out.append("  ").append(TerminalText.safe(texts.describe(change)));
                if (change.clause() != null) {
                    out.append(" [").append(texts.clause(change.type())).append(']');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** {@code {"id": …, "versions": [{tag, act, date, commit, points, processes, digest, changes: […]}, …]}}. */
    public static String json(String id, List<IdHistory.Entry> entries) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("id", id);
            json.writeArrayFieldStart("versions");
            for (IdHistory.Entry entry : entries) {
                json.writeStartObject();
                json.writeFieldName("version");
                VersionsRenderer.write(json, entry.version());
                json.writeArrayFieldStart("changes");
                for (Change change : entry.changes()) {
                    JsonDiffRenderer.write(json, change);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }
}
