package ru.perechen.tp.i18n;

/**
 * Makes text from the register safe inside HTML and SVG: the five markup characters become
 * entities, so a name such as {@code <script>} is shown, never run; characters that XML 1.0 does
 * not allow at all (most control characters, unpaired surrogates) become U+FFFD, so an SVG stays
 * well-formed whatever a file holds.
 */
public final class MarkupText {

    private static final char REPLACEMENT = '\uFFFD';

    private MarkupText() {
    }

    /** Text for element content and quoted attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowed(c)) {
                        out.append(c);
                    } else {
                        out.append(REPLACEMENT);
                    }
                }
            }
        }
        return out.toString();
    }

    /** XML 1.0 characters (a lone surrogate is not one), without the C1 controls HTML forbids. */
    private static boolean allowed(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF) {
            return false;
        }
        return !Character.isSurrogate(c);
    }
}
