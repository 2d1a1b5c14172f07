package ru.perechen.tp.spreadsheet;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as people type it into spreadsheets, reduced to what it means: headers and labels are
 * compared with case, spacing, «ё»/«е» and punctuation aside, so that «Вид  точки:», «ВИД ТОЧКИ»
 * and «вид точки» are one header, and «Оффлайн-точка» one label with «оффлайн точка».
 */
final class LooseText {

    private LooseText() {
    }

    /** The comparison key: NFKC, lower case, ё as е, every run of non-letters and non-digits one space, trimmed. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('ё', 'е');
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                out.appendCodePoint(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /**
     * A cell's text as a value: white space (no-break spaces included) taken off both ends, then the
     * quote that {@code tp publish} and spreadsheet users put before text a spreadsheet could take
     * for a formula taken off again: one leading {@code '} directly before {@code =}, {@code +},
     * {@code -}, {@code @}, a tab or a carriage return. Empty text is {@code null}.
     */
    static String value(String cell) {
        if (cell == null) {
            return null;
        }
        String text = strip(cell);
        if (text.length() >= 2 && text.charAt(0) == '\'' && startsLikeFormula(text.charAt(1))) {
            text = text.substring(1);
        }
        return text.isEmpty() ? null : text;
    }

    private static boolean startsLikeFormula(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** Trims white space, including the no-break and zero-width spaces spreadsheets are full of. */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && blank(text.charAt(start))) {
            start++;
        }
        while (end > start && blank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF'
                || c == '\u200B';
    }
}
