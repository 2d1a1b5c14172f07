package ru.perechen.tp.init;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A value written into YAML so that every YAML reader reads it back as the same text: plain when
 * it plainly is text, double-quoted (with escapes) when it could be read as something else — a
 * number, a boolean of YAML 1.1 ({@code no}, {@code on}), null — or holds YAML's markup.
 */
final class YamlText {

    /** Letters (any script) first; then letters, digits, spaces and punctuation without YAML meaning. */
    private static final Pattern PLAIN = Pattern.compile("\\p{L}[\\p{L}\\p{N} .,«»()\\-–—№/']*");
    private static final Set<String> SPECIAL = Set.of("y", "yes", "n", "no", "true", "false", "on", "off",
            "null", "nan", "inf");

    private YamlText() {
    }

    static String scalar(String value) {
        if (PLAIN.matcher(value).matches() && !value.endsWith(" ")
                && !SPECIAL.contains(value.toLowerCase(java.util.Locale.ROOT))) {
            return value;
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0xFEFF
                            || (c >= 0xD800 && c <= 0xDFFF)) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
