package ru.perechen.tp.publish;

import java.io.IOException;

/**
 * Compact JSON for a page's {@code <script type="application/json">} element, written straight
 * into the page: {@code <}, {@code >} and {@code &} escaped as backslash-u003c, -u003e, -u0026, so
 * no text can close the element or open a comment; U+2028, U+2029 (line ends to older script
 * engines) and the direction controls escaped the same way, so the page's source reads as it is;
 * otherwise what JSON requires, as Jackson writes it (quote, backslash, the short escapes of
 * b t n f r, other controls as backslash-u00XX). FastPathsTest holds it to Jackson's output with
 * those escapes, which wrote this data before.
 */
final class ScriptJson {

    private static final String[] ASCII_ESCAPES = new String[0x80];

    static {
        for (char c = 0; c < 0x20; c++) {
            ASCII_ESCAPES[c] = String.format("\\u00%02X", (int) c);
        }
        ASCII_ESCAPES['\b'] = "\\b";
        ASCII_ESCAPES['\t'] = "\\t";
        ASCII_ESCAPES['\n'] = "\\n";
        ASCII_ESCAPES['\f'] = "\\f";
        ASCII_ESCAPES['\r'] = "\\r";
        ASCII_ESCAPES['"'] = "\\\"";
        ASCII_ESCAPES['\\'] = "\\\\";
        ASCII_ESCAPES['<'] = "\\u003c";
        ASCII_ESCAPES['>'] = "\\u003e";
        ASCII_ESCAPES['&'] = "\\u0026";
    }

    private final Utf8Output out;
    /** For each open object or array: whether it is an object, and how many members or items it has. */
    private final boolean[] object = new boolean[16];
    private final int[] count = new int[16];
    private int depth = -1;

    ScriptJson(Utf8Output out) {
        this.out = out;
    }

    void startObject() throws IOException {
        open('{', true);
    }

    void endObject() throws IOException {
        close('}');
    }

    void startArray() throws IOException {
        open('[', false);
    }

    void endArray() throws IOException {
        close(']');
    }

    /** A member's name; its value follows. */
    void name(String name) throws IOException {
        if (count[depth]++ > 0) {
            out.write(',');
        }
        string(name, out);
        out.write(':');
    }

    /** A string value: a member's, after {@link #name}, or an item of an array. */
    void value(String text) throws IOException {
        beforeValue();
        string(text, out);
    }

    /** A string value made in a {@link SearchText}. */
    void value(SearchText text) throws IOException {
        beforeValue();
        string(text.chars(), text.length(), out);
    }

    void field(String name, String value) throws IOException {
        name(name);
        value(value);
    }

    private void beforeValue() throws IOException {
        if (depth >= 0 && !object[depth] && count[depth]++ > 0) {
            out.write(',');
        }
    }

    private void open(char bracket, boolean isObject) throws IOException {
        beforeValue();
        out.write(bracket);
        depth++;
        object[depth] = isObject;
        count[depth] = 0;
    }

    private void close(char bracket) throws IOException {
        out.write(bracket);
        depth--;
    }

    /** A JSON string in quotes, escaped as above; runs that need no escape go out as they are. */
    static void string(String text, Utf8Output out) throws IOException {
        string(out.chars(text), text.length(), out);
    }

    private static void string(char[] chars, int length, Utf8Output out) throws IOException {
        out.write('"');
        int run = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            String escape;
            if (c < 0x80) {
                escape = ASCII_ESCAPES[c];
            } else if (c >= 0x2028 && (c <= 0x202E || c >= 0x2066 && c <= 0x2069)) {
                escape = String.format("\\u%04x", (int) c);
            } else {
                continue;
            }
            if (escape != null) {
                out.encode(chars, run, i);
                out.write(escape);
                run = i + 1;
            }
        }
        out.encode(chars, run, length);
        out.write('"');
    }
}
