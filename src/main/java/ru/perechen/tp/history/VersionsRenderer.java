package ru.perechen.tp.history;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import ru.perechen.tp.i18n.TerminalText;
import ru.perechen.tp.model.ApprovedVersion;

/** The approved versions, newest first: an aligned table for people, or JSON for programs. */
public final class VersionsRenderer {

    private static final JsonFactory JSON = new JsonFactory();

    private final ChangeTexts texts;

    public VersionsRenderer(Locale locale) {
        this.texts = new ChangeTexts(locale);
    }

    public String text(List<ApprovedVersion> versions) {
        if (versions.isEmpty()) {
            return texts.text("versions.none") + "\n";
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {texts.text("versions.tag"), texts.text("versions.act"), texts.text("versions.date"),
                texts.text("versions.commit"), texts.text("versions.points"), texts.text("versions.processes")});
        for (ApprovedVersion version : versions) {
            rows.add(new String[] {TerminalText.safe(version.tag()), TerminalText.safe(version.act()),
                    texts.date(version.date()), version.commit().substring(0, 7),
                    String.valueOf(version.points()), String.valueOf(version.processes())});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - row[i].length() + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** {@code {"versions": [{tag, act, date, commit, points, processes, digest}, …]}}, newest first. */
    public static String json(List<ApprovedVersion> versions) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeArrayFieldStart("versions");
            for (ApprovedVersion version : versions) {
                write(json, version);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    static void write(JsonGenerator json, ApprovedVersion version) throws IOException {
        json.writeStartObject();
        json.writeStringField("tag", version.tag());
        json.writeStringField("act", version.act());
        json.writeStringField("date", version.date().toString());
        json.writeStringField("commit", version.commit());
        json.writeNumberField("points", version.points());
        json.writeNumberField("processes", version.processes());
        json.writeStringField("digest", version.digest());
        json.writeEndObject();
    }
}
