package ru.perechen.tp.i18n;

/**
 * Makes text from the register safe inside HTML and SVG (the published page, the control report,
 * the QR posters): the five markup characters become entities, so a name such as {@code <script>}
 * is shown, never run. Characters that are not text or could deceive the reader become U+FFFD:
 * control characters (tab and line feed aside), direction overrides (which could make text read
 * other than it is), noncharacters (some HTML parsers take U+FFFF for the end of input) and
 * unpaired surrogates (XML 1.0 does not allow them, so an SVG stays well-formed).
 */
public final class MarkupText {

    private static final char REPLACEMENT = '\uFFFD';

    private MarkupText() {
    }

    /** Text for element content and quoted attribute values. Text with nothing to change is returned as it is. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean replaced = replacement == null && !pair && !allowed(c);
            if ((replacement != null || replaced) && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else if (replaced) {
                    out.append(REPLACEMENT);
                } else if (pair) {
                    out.append(c).append(text.charAt(i + 1));
                } else {
                    out.append(c);
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean allowed(char c) {
        if (c == '\t' || c == '\n') {
            return true;  // a carriage return is not text the register means (YAML reads line ends as \n)
        }
        return !(c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0xFFFE || c == 0xFFFF || (c >= 0xFDD0 && c <= 0xFDEF)
                || Character.isSurrogate(c));
    }
}
