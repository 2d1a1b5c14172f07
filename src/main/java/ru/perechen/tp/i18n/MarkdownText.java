package ru.perechen.tp.i18n;

/**
 * Makes text from the register safe in Markdown (a pull-request summary, the diff, the report):
 * markup characters are backslash-escaped or become entities, line breaks and tabs become spaces
 * (a table cell is one line), control characters become spaces and direction overrides are shown
 * as their codes, so register text shows as written and never as markup or reordered text.
 */
public final class MarkdownText {

    private MarkdownText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '|', '~', '#', '!' -> out.append('\\').append(c);
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(c < 0x20 ? " " : TerminalText.safe(String.valueOf(c)));
            }
        }
        return out.toString();
    }
}
