package ru.perechen.tp.publish;

import java.io.IOException;
import java.math.BigInteger;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Output out = new Utf8Output(bytes)) {
            write(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Writes the canonical form of a value made of {@link Map} (with {@link String} keys),
     * {@link List}, {@link String}, {@link Long}, {@link Integer}, {@link Boolean} and {@code null}.
     *
     * @throws IllegalArgumentException for a value that has no canonical form (a lone surrogate, a
     *                                  number beyond 2<sup>53</sup>, another type)
     */
    static void write(Object value, Utf8Output out) throws IOException {
        if (value == null) {
            out.write("null");
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Map<?, ?> map) {
            String[] names = new String[map.size()];
            Object[] values = new Object[map.size()];
            int n = 0;
            for (Map.Entry<?, ?> member : map.entrySet()) {
                names[n] = (String) member.getKey();
                values[n++] = member.getValue();
            }
            // By name, as UTF-16 code units (String.compareTo); a map holds each name once.
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> names[x].compareTo(names[y]));
            out.write('{');
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    out.write(',');
                }
                string(names[order[i]], out);
                out.write(':');
                write(values[order[i]], out);
            }
            out.write('}');
        } else if (value instanceof List<?> list) {
            out.write('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                write(list.get(i), out);
            }
            out.write(']');
        } else if (value instanceof Boolean b) {
            out.write(b ? "true" : "false");
        } else if (value instanceof Long || value instanceof Integer) {
            long number = ((Number) value).longValue();
            if (Math.abs(number) > MAX_SAFE_INTEGER) {
                throw new IllegalArgumentException("an integer beyond 2^53 has no single canonical form: " + number);
            }
            if (number < 0) {
                out.write('-');
            }
            out.number(Math.abs(number));
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    /** A string in quotes, escaped as RFC 8785 says; runs that need no escape go out as they are. */
    private static void string(String text, Utf8Output out) throws IOException {
        out.write('"');
        int length = text.length();
        char[] chars = out.chars(text);
        int run = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c >= 0x20 && c != '"' && c != '\\' && (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
                i++;  // a pair: one character, written as it is
                continue;
            }
            String escape = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\b' -> "\\b";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\f' -> "\\f";
                case '\r' -> "\\r";
                default -> {
                    if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                        throw new IllegalArgumentException("a lone surrogate is not Unicode text");
                    }
                    yield String.format("\\u%04x", (int) c);
                }
            };
            out.encode(chars, run, i);
            out.write(escape);
            run = i + 1;
        }
        out.encode(chars, run, length);
        out.write('"');
    }

    /** For tests and the documentation: the canonical form of a JSON text. */
    static String canonical(String json) throws IOException {
        try (JsonParser parser = JsonFiles.FACTORY.createParser(json)) {
            parser.nextToken();
            return new String(bytes(read(parser)), StandardCharsets.UTF_8);
        }
    }
}
