package ru.perechen.tp.publish;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Canonical JSON as RFC 8785 (JSON Canonicalization Scheme, JCS) defines it, for the values a
 * published record holds; the bytes a record's hash is taken over. Precisely:
 * <ul>
 *   <li>UTF-8, no byte order mark, no whitespace between tokens;</li>
 *   <li>object members sorted by their names compared as sequences of UTF-16 code units
 *       ({@link String#compareTo}); a name appears once;</li>
 *   <li>strings in double quotes; {@code "} and {@code \} escaped with a backslash; U+0008, U+0009,
 *       U+000A, U+000C, U+000D as {@code \b \t \n \f \r}; other characters below U+0020 as
 *       a backslash, {@code u00} and two lower-case hex digits; every other character as itself, in UTF-8;</li>
 *   <li>{@code true}, {@code false}, {@code null} as written;</li>
 *   <li>numbers: only integers from −2<sup>53</sup> to 2<sup>53</sup> (what JCS writes as plain
 *       decimal digits with a leading {@code -} when negative); a record never holds another number,
 *       and one that does is refused rather than given a second meaning.</li>
 * </ul>
 * Values are read with {@link #read} into {@link Map} (member order kept), {@link List},
 * {@link String}, {@link Long}, {@link Boolean} and {@code null}.
 */
public final class CanonicalJson {

    private static final long MAX_SAFE_INTEGER = 1L << 53;

    private CanonicalJson() {
    }

    /** Reads the value that starts at the parser's current token (which must have been read). */
    public static Object read(JsonParser json) throws IOException {
        JsonToken token = json.currentToken();
        if (token == null) {
            throw new IOException("no JSON value");
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> members = new LinkedHashMap<>();
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String name = json.currentName();
                    json.nextToken();
                    if (members.containsKey(name)) {
                        throw new IOException("the member " + name + " appears twice");
                    }
                    members.put(name, read(json));
                }
                return members;
            }
            case START_ARRAY -> {
                List<Object> items = new ArrayList<>();
                while (json.nextToken() != JsonToken.END_ARRAY) {
                    if (json.currentToken() == null) {
                        throw new IOException("unterminated array");
                    }
                    items.add(read(json));
                }
                return items;
            }
            case VALUE_STRING -> {
                return json.getText();
            }
            case VALUE_NUMBER_INT -> {
                BigInteger value = json.getBigIntegerValue();
                if (value.abs().compareTo(BigInteger.valueOf(MAX_SAFE_INTEGER)) > 0) {
                    throw new IOException("an integer beyond 2^53 has no single canonical form: " + value);
                }
                return value.longValue();
            }
            case VALUE_NUMBER_FLOAT -> throw new IOException("a fraction has no place in a record: " + json.getText());
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IOException("unexpected " + token);
        }
    }

    /** The canonical bytes of a value made of what {@link #read} returns. */
    public static byte[] bytes(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (value instanceof Long || value instanceof Integer) {
            long number = ((Number) value).longValue();
            if (Math.abs(number) > MAX_SAFE_INTEGER) {
                throw new IllegalArgumentException("an integer beyond 2^53 has no single canonical form: " + number);
            }
            out.append(number);
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Map<?, ?> map) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            for (Map.Entry<?, ?> member : map.entrySet()) {
                sorted.put((String) member.getKey(), member.getValue());
            }
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> member : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(member.getKey(), out);
                out.append(':');
                write(member.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", c));
                    } else if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                        throw new IllegalArgumentException("a lone surrogate is not Unicode text");
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** For tests and the documentation: the canonical form of a JSON text. */
    static String canonical(String json) throws IOException {
        try (JsonParser parser = JsonFiles.FACTORY.createParser(json)) {
            parser.nextToken();
            return new String(bytes(read(parser)), StandardCharsets.UTF_8);
        }
    }
}
