package ru.perechen.tp.history;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import ru.perechen.tp.load.ParsedFile;
import ru.perechen.tp.load.SafeYamlParser;
import ru.perechen.tp.load.YamlNode;

/**
 * The message of an approval tag: YAML that records the approving act (6.1) and what was approved.
 *
 * <pre>
 * act: "05-05/100"
 * date: 2026-11-30
 * points: 58
 * processes: 33
 * digest: sha256:…
 * </pre>
 *
 * Keys unknown to this version are ignored when reading, so a later tp may add some.
 */
public record ApprovalMessage(String act, LocalDate date, int points, int processes, String digest) {

    private static final Pattern DIGEST = Pattern.compile(Pattern.quote(RegisterDigest.PREFIX) + "[0-9a-f]{64}");
    private static final Pattern COUNT = Pattern.compile("0|[1-9][0-9]{0,8}");

    /** The message as written into the tag. */
    public String format() {
        return "act: " + quoted(act) + "\n"
                + "date: " + date + "\n"
                + "points: " + points + "\n"
                + "processes: " + processes + "\n"
                + "digest: " + digest + "\n";
    }

    /** Thrown when a tag's message is not an approval; names the first field that is missing or wrong. */
    public static final class NotAnApproval extends Exception {
        private static final long serialVersionUID = 1L;
        private final String field;

        NotAnApproval(String field) {
            super(field);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    public static ApprovalMessage parse(String message) throws NotAnApproval {
        ParsedFile parsed = new SafeYamlParser().parse("tag", message.getBytes(StandardCharsets.UTF_8));
        if (!(parsed.root() instanceof YamlNode.Mapping mapping) || !parsed.problems().isEmpty()) {
            throw new NotAnApproval("yaml");
        }
        String act = scalar(mapping, "act");
        if (act == null || act.isBlank()) {
            throw new NotAnApproval("act");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(String.valueOf(scalar(mapping, "date")));
        } catch (DateTimeParseException e) {
            throw new NotAnApproval("date");
        }
        int points = count(mapping, "points");
        int processes = count(mapping, "processes");
        String digest = scalar(mapping, "digest");
        if (digest == null || !DIGEST.matcher(digest).matches()) {
            throw new NotAnApproval("digest");
        }
        return new ApprovalMessage(act, date, points, processes, digest);
    }

    private static int count(YamlNode.Mapping mapping, String key) throws NotAnApproval {
        String text = scalar(mapping, key);
        if (text == null || !COUNT.matcher(text).matches()) {
            throw new NotAnApproval(key);
        }
        return Integer.parseInt(text);
    }

    private static String scalar(YamlNode.Mapping mapping, String key) {
        return mapping.get(key) instanceof YamlNode.Scalar scalar && !scalar.isNull() ? scalar.text() : null;
    }

    /** A YAML double-quoted scalar, which is also a JSON string: the act is kept exactly as typed. */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
