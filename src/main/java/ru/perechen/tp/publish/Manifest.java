package ru.perechen.tp.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * {@code manifest.json}: what a published folder holds and where it comes from, so that a reader
 * (or {@code tp status}, {@code tp verify}) can check the files and tell which version they are.
 * For a draft, {@code version} is {@code draft} and {@code act}, {@code date}, {@code commit},
 * {@code digest} are {@code null}.
 *
 * @param digest  the register digest of the approval tag ({@code sha256:…}, see the history layer)
 * @param files   every other file of the folder, sorted by path
 * @param records the hash of every record of {@code perechen.json} and their root (see
 *                {@link RecordDigests}); empty with a {@code null} root in a manifest written by a
 *                tp before 0.2
 */
public record Manifest(String version, String act, LocalDate date, String commit, String digest, String tool,
                       List<FileEntry> files, RecordDigests records) {

    public static final String FILE = "manifest.json";
    /** The version a draft's manifest gives. */
    public static final String DRAFT_VERSION = "draft";

    public Manifest {
        files = files.stream().sorted(Comparator.comparing(FileEntry::path)).toList();
        records = records == null ? new RecordDigests(List.of(), null) : records;
    }

    /** One published file: its path in the folder, its size in bytes and its SHA-256 (hex). */
    public record FileEntry(String path, long size, String sha256) {
    }

    public boolean draft() {
        return DRAFT_VERSION.equals(version) && commit == null;
    }

    /** The manifest's bytes: the same manifest always gives the same bytes. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writeTo(out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** Writes {@link #toBytes()} as a stream: for a large register the list of records is megabytes long. */
    public void writeTo(OutputStream out) throws IOException {
        try (JsonGenerator json = JsonFiles.file(out)) {
            json.writeStartObject();
            nullable(json, "version", version);
            nullable(json, "act", act);
            nullable(json, "date", date == null ? null : date.toString());
            nullable(json, "commit", commit);
            nullable(json, "digest", digest);
            nullable(json, "tool", tool);
            json.writeArrayFieldStart("files");
            for (FileEntry file : files) {
                json.writeStartObject();
                json.writeStringField("path", file.path());
                json.writeNumberField("size", file.size());
                json.writeStringField("sha256", file.sha256());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("records");
            for (RecordDigests.Entry record : records.records()) {
                json.writeStartObject();
                json.writeStringField("key", record.key());
                json.writeStringField("sha256", record.sha256());
                json.writeEndObject();
            }
            json.writeEndArray();
            nullable(json, "root", records.root());
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void nullable(JsonGenerator json, String key, String value) throws IOException {
        if (value == null) {
            json.writeNullField(key);
        } else {
            json.writeStringField(key, value);
        }
    }

    /**
     * The manifest of a published folder, or empty when there is none or it cannot be read (a
     * folder someone else put there, or one damaged by hand): such a folder is not a published version.
     */
    public static Optional<Manifest> read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file);
             JsonParser json = JsonFiles.FACTORY.createParser(in)) {
            return Optional.ofNullable(parse(json));
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Manifest parse(JsonParser json) throws IOException {
        if (json.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        String version = null;
        String act = null;
        LocalDate date = null;
        String commit = null;
        String digest = null;
        String tool = null;
        String root = null;
        List<FileEntry> files = new ArrayList<>();
        List<RecordDigests.Entry> records = new ArrayList<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String key = json.currentName();
            JsonToken value = json.nextToken();
            switch (key) {
                case "version" -> version = text(json, value);
                case "act" -> act = text(json, value);
                case "date" -> {
                    String text = text(json, value);
                    date = text == null ? null : LocalDate.parse(text);
                }
                case "commit" -> commit = text(json, value);
                case "digest" -> digest = text(json, value);
                case "tool" -> tool = text(json, value);
                case "root" -> root = text(json, value);
                case "records" -> {
                    if (value != JsonToken.START_ARRAY) {
                        return null;
                    }
                    while (json.nextToken() == JsonToken.START_OBJECT) {
                        RecordDigests.Entry entry = parseRecord(json);
                        if (entry == null) {
                            return null;
                        }
                        records.add(entry);
                    }
                }
                case "files" -> {
                    if (value != JsonToken.START_ARRAY) {
                        return null;
                    }
                    while (json.nextToken() == JsonToken.START_OBJECT) {
                        FileEntry entry = parseFile(json);
                        if (entry == null) {
                            return null;
                        }
                        files.add(entry);
                    }
                }
                default -> json.skipChildren();
            }
        }
        return version == null ? null
                : new Manifest(version, act, date, commit, digest, tool, files, new RecordDigests(records, root));
    }

    private static RecordDigests.Entry parseRecord(JsonParser json) throws IOException {
        String key = null;
        String sha256 = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken value = json.nextToken();
            switch (name) {
                case "key" -> key = text(json, value);
                case "sha256" -> sha256 = text(json, value);
                default -> json.skipChildren();
            }
        }
        return key == null || sha256 == null ? null : new RecordDigests.Entry(key, sha256);
    }

    private static FileEntry parseFile(JsonParser json) throws IOException {
        String path = null;
        long size = -1;
        String sha256 = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String key = json.currentName();
            JsonToken value = json.nextToken();
            switch (key) {
                case "path" -> path = text(json, value);
                case "size" -> size = value == JsonToken.VALUE_NUMBER_INT ? json.getLongValue() : -1;
                case "sha256" -> sha256 = text(json, value);
                default -> json.skipChildren();
            }
        }
        return path == null || size < 0 || sha256 == null ? null : new FileEntry(path, size, sha256);
    }

    private static String text(JsonParser json, JsonToken value) throws JsonProcessingException, IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_STRING) {
            json.skipChildren();
            return null;
        }
        return json.getText();
    }
}
