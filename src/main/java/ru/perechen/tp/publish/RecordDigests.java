package ru.perechen.tp.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import ru.perechen.tp.model.Register;

/**
 * The hash of every record of a published register and one root hash over them all, so that a
 * reader can tell not only that {@code perechen.json} changed but which record, and can check a
 * publication against the register of its approval tag. Defined over {@code perechen.json}:
 * <ol>
 *   <li>the records are the header, keyed {@code register} (an object of the file's members
 *       {@code title}, {@code locale}, {@code organizations}, {@code units} and
 *       {@code authorized-person}, those present), every element of {@code processes}, keyed
 *       {@code processes/<id>}, and every element of {@code points}, keyed {@code points/<id>}
 *       ({@code #<position>} from 0 for an element with no string id);</li>
 *   <li>a record's hash is the SHA-256 of its {@link CanonicalJson canonical JSON} (RFC 8785),
 *       in lower-case hex;</li>
 *   <li>the records are sorted by key (then by hash), and the root hash is the SHA-256 of the
 *       lines {@code <hash> <key>\n} in that order, as UTF-8 — what {@code sha256sum} prints, so
 *       that the root can be recomputed with common tools.</li>
 * </ol>
 * The approval data, the changes and the tool's version in {@code perechen.json} are not records:
 * the file's own hash in the manifest covers them.
 */
public record RecordDigests(List<Entry> records, String root) {

    public static final String HEADER = "register";
    static final String POINTS = "points";
    static final String PROCESSES = "processes";
    static final List<String> HEADER_MEMBERS = List.of("title", "locale", "organizations", "units",
            "authorized-person");

    /** One record: its key and the SHA-256 of its canonical JSON. */
    public record Entry(String key, String sha256) {
    }

    public RecordDigests {
        records = List.copyOf(records);
    }

    /** The digests of the records of a {@code perechen.json} file, read as a stream. */
    public static RecordDigests of(InputStream perechenJson) throws IOException {
        Builder records = new Builder();
        Map<String, Object> header = new LinkedHashMap<>();
        try {
            read(perechenJson, records, header);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        records.header(header);
        return records.build();
    }

    private static void read(InputStream perechenJson, Builder records, Map<String, Object> header)
            throws IOException {
        try (JsonParser json = JsonFiles.FACTORY.createParser(perechenJson)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("perechen.json is not a JSON object");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                if ((name.equals(POINTS) || name.equals(PROCESSES)) && value == JsonToken.START_ARRAY) {
                    int position = 0;
                    while (json.nextToken() != JsonToken.END_ARRAY) {
                        records.add(name, CanonicalJson.read(json), position++);
                    }
                } else if (HEADER_MEMBERS.contains(name)) {
                    header.put(name, CanonicalJson.read(json));
                } else {
                    json.skipChildren();
                }
            }
            if (json.currentToken() != JsonToken.END_OBJECT) {
                throw new IOException("perechen.json ends early");
            }
        }
    }

    /** The digests a register's records get when published: computed by the same writer as {@code perechen.json}. */
    public static RecordDigests of(Register register, String tool) throws IOException {
        return new SnapshotJsonWriter().write(Snapshot.draft(register, Optional.empty(), List.of(), tool),
                OutputStream.nullOutputStream());
    }

    /** Records sorted by key then hash, with the root over them. */
    public static RecordDigests sorted(List<Entry> records) {
        List<Entry> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing(Entry::key).thenComparing(Entry::sha256));
        MessageDigest root = sha256();
        // The lines go straight into the hash: for a large register they are megabytes of text.
        try (Utf8Output lines = new Utf8Output(new DigestSink(root))) {
            for (Entry entry : sorted) {
                lines.write(entry.sha256());
                lines.write(' ');
                lines.write(entry.key());
                lines.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("hashing cannot fail", e);
        }
        return new RecordDigests(sorted, HexFormat.of().formatHex(root.digest()));
    }

    /**
     * Collects the digests of records as they are met, in a file being read or being written: the
     * record is the value the file holds (maps, lists, strings, booleans, {@code null}, as
     * {@link CanonicalJson#read} gives them), hashed in its canonical form.
     */
    static final class Builder {
        private final List<Entry> records = new ArrayList<>();
        private final MessageDigest sha = sha256();
        private final Utf8Output canonical = new Utf8Output(new DigestSink(sha));

        /**
         * A record of {@code points} or {@code processes}, at its position in that array.
         *
         * @throws IllegalArgumentException when the record has no canonical form (a lone surrogate)
         */
        void add(String array, Object record, int position) throws IOException {
            records.add(new Entry(array + "/" + idOf(record, position), hash(record)));
        }

        /** The header record: the members of {@link #HEADER_MEMBERS} the file holds. */
        void header(Map<String, Object> members) throws IOException {
            records.add(new Entry(HEADER, hash(members)));
        }

        RecordDigests build() {
            return sorted(records);
        }

        private String hash(Object record) throws IOException {
            CanonicalJson.write(record, canonical);
            canonical.flush();
            return HexFormat.of().formatHex(sha.digest());
        }
    }

    /** Bytes written to it go into a digest. */
    private static final class DigestSink extends OutputStream {
        private final MessageDigest digest;

        DigestSink(MessageDigest digest) {
            this.digest = digest;
        }

        @Override
        public void write(int b) {
            digest.update((byte) b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            digest.update(b, off, len);
        }
    }

    private static String idOf(Object record, int position) {
        if (record instanceof Map<?, ?> map && map.get("id") instanceof String id) {
            return id;
        }
        return "#" + position;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
