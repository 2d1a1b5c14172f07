package ru.perechen.tp.draft;

import java.util.Locale;
import java.util.Set;

/**
 * Writes text as a YAML scalar that every YAML reader reads back as exactly that text. tp's own
 * loader keeps text as written, but editors and other tools follow YAML 1.1 or 1.2 rules, where
 * {@code NO} is false, {@code 0755} a number and {@code a: b} a mapping; so plain style is used
 * only for text that starts with a letter and holds nothing YAML could read otherwise, and
 * everything else is double-quoted with escapes.
 */
public final class YamlText {

    /** Words that YAML 1.1 or 1.2 reads as a boolean or null, in any case. */
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "true", "false", "on", "off",
            "null");

    private YamlText() {
    }

    public static String scalar(String text) {
        return plain(text) ? text : quoted(text);
    }

    static boolean plain(String text) {
        if (text.isEmpty() || !Character.isLetter(text.codePointAt(0))) {
            return false;
        }
        if (RESERVED.contains(text.toLowerCase(Locale.ROOT)) || text.endsWith(":") || text.contains(": ")
                || text.contains(" #") || Character.isWhitespace(text.charAt(text.length() - 1))) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (needsEscape(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** Double-quoted style: backslash, quote and every invisible or controlling character escaped. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8).append('"');
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (needsEscape(c)) {
                        out.append(c > 0xFFFF ? String.format("\\U%08X", c) : String.format("\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * Characters a reader of the file should see as an escape: controls, line separators, format
     * characters (direction overrides, the byte-order mark), lone surrogates and non-characters.
     */
    private static boolean needsEscape(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
    }
}
