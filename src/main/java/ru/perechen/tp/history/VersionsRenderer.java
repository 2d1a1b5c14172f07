package ru.perechen.tp.history;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** The versions with the state of each tag's signature, by tag (a tag missing from the map is shown unsigned). */
    public String text(List<ApprovedVersion> versions, Map<String, TagSignature> signatures) {
        if (versions.isEmpty()) {
            return texts.text("versions.none") + "\n";
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {texts.text("versions.tag"), texts.text("versions.act"), texts.text("versions.date"),
                texts.text("versions.commit"), texts.text("versions.points"), texts.text("versions.processes"),
                texts.text("versions.signature")});
        for (ApprovedVersion version : versions) {
            rows.add(new String[] {TerminalText.safe(version.tag()), TerminalText.safe(version.act()),
                    texts.date(version.date()), version.commit().substring(0, 7),
                    String.valueOf(version.points()), String.valueOf(version.processes()),
                    signature(signatures.getOrDefault(version.tag(), TagSignature.notSigned()))});
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

    private String signature(TagSignature signature) {
        String state = texts.text("versions.signature." + code(signature.status()));
        return signature.signer().isEmpty() ? state : state + " (" + TerminalText.safe(signature.signer()) + ")";
    }

    /** The status as JSON and message ids write it: {@code not-signed}, {@code verified}, {@code bad}, … */
    public static String code(TagSignature.Status status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * {@code {"versions": [{tag, act, date, commit, points, processes, digest, signature: {status,
     * signer, key}}, …]}}, newest first.
     */
    public static String json(List<ApprovedVersion> versions, Map<String, TagSignature> signatures) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeArrayFieldStart("versions");
            for (ApprovedVersion version : versions) {
                writeWithSignature(json, version, signatures.getOrDefault(version.tag(), TagSignature.notSigned()));
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void writeWithSignature(JsonGenerator json, ApprovedVersion version, TagSignature signature)
            throws IOException {
        json.writeStartObject();
        fields(json, version);
        json.writeObjectFieldStart("signature");
        json.writeStringField("status", code(signature.status()));
        json.writeStringField("signer", signature.signer());
        json.writeStringField("key", signature.key());
        json.writeEndObject();
        json.writeEndObject();
    }

    static void write(JsonGenerator json, ApprovedVersion version) throws IOException {
        json.writeStartObject();
        fields(json, version);
        json.writeEndObject();
    }

    private static void fields(JsonGenerator json, ApprovedVersion version) throws IOException {
        json.writeStringField("tag", version.tag());
        json.writeStringField("act", version.act());
        json.writeStringField("date", version.date().toString());
        json.writeStringField("commit", version.commit());
        json.writeNumberField("points", version.points());
        json.writeNumberField("processes", version.processes());
        json.writeStringField("digest", version.digest());
    }
}
