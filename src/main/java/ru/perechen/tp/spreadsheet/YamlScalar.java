package ru.perechen.tp.spreadsheet;

import java.util.Locale;
import java.util.Set;

/**
 * A text written as a YAML value so that every YAML reader gets that text back: plain when it
 * plainly is text, double-quoted otherwise. Quoted are the values a reader would take for
 * something else (a number or date: a leading digit, {@code +}, {@code -} or {@code .}; a boolean or
 * null of YAML 1.1 or 1.2: {@code NO}, {@code on}, {@code ~}), those YAML would misread as markup (a
 * leading indicator such as {@code '}, {@code *}, {@code &}, {@code @}, {@code %}; {@code ": "} or
 * {@code " #"} inside; a trailing {@code :}), text with spaces at either end, and text with line
 * breaks or control characters, which are escaped. tp itself reads text fields as written, but
 * editors and other tools follow YAML's rules.
 */
final class YamlScalar {

    private static final String QUOTED_FIRST = "-?:,[]{}#&*!|>'\"%@`=<~+.";
    private static final Set<String> SPECIAL = Set.of("y", "yes", "n", "no", "true", "false", "on", "off",
            "null", "nan", "inf");

    private YamlScalar() {
    }

    static String of(String value) {
        return plain(value) ? value : quoted(value);
    }

    private static boolean plain(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        char last = value.charAt(value.length() - 1);
        if (Character.isWhitespace(first) || Character.isWhitespace(last) || Character.isDigit(first)
                || QUOTED_FIRST.indexOf(first) >= 0 || last == ':') {
            return false;
        }
        if (value.contains(": ") || value.contains(" #") || value.contains(":\t") || value.contains("\t#")) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (escaped(value.charAt(i))) {
                return false;
            }
        }
        return !SPECIAL.contains(value.toLowerCase(Locale.ROOT));
    }

    /** Characters a plain scalar cannot hold: controls, line breaks of any kind, the BOM, surrogates. */
    private static boolean escaped(char c) {
        return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                || c == '\uFEFF' || Character.isSurrogate(c);
    }

    private static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append('\uFFFD');
                    } else if (escaped(c)) {
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
