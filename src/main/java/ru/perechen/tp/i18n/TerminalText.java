package ru.perechen.tp.i18n;

/**
 * Makes text from the register safe to print on a terminal: control characters (which could move
 * the cursor, recolour or retitle the terminal) and Unicode direction overrides (which could make
 * text read differently from what it is) are shown as visible {@code \\uXXXX} escapes.
 */
public final class TerminalText {

    private TerminalText() {
    }

    public static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * As {@link #safe}, but line breaks and tabs stay: for texts shown as several lines (a SARIF or
     * GitLab message, a JSON report's message), where they are layout, not control.
     */
    public static String safeLines(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\t') {
                out.append(safe(text.substring(from, i)));
                if (i < text.length()) {
                    out.append(text.charAt(i));
                }
                from = i + 1;
            }
        }
        return out.toString();
    }

    private static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0x061C;
    }
}
