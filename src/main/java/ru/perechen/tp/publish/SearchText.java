package ru.perechen.tp.publish;

import java.util.Locale;

/**
 * The text a point or process is found by with the page's search box: its parts joined with
 * spaces, in lower case, with {@code ё} read as {@code е}, as the script normalises the query
 * (exactly {@code part.toLowerCase(locale).replace('ё', 'е')} for each part). Made in one reused
 * char array, Latin and Cyrillic letters lower-cased by arithmetic; a part with a character whose
 * lower case depends on its neighbours or needs more than one char (Σ, İ, surrogates), or in a
 * language with rules of its own, goes through String.toLowerCase.
 */
final class SearchText {

    private final Locale locale;
    private final boolean ownRules;
    private char[] chars = new char[256];
    private int length;
    private boolean empty = true;

    SearchText(Locale locale) {
        this.locale = locale;
        String language = locale.getLanguage();
        this.ownRules = language.equals("tr") || language.equals("az") || language.equals("lt");
    }

    /** Begins a new text. */
    SearchText clear() {
        length = 0;
        empty = true;
        return this;
    }

    /** Adds a part (none when {@code null}), after a space unless it is the first. */
    SearchText add(String part) {
        if (part == null) {
            return this;
        }
        if (!empty) {
            append(" ");
        }
        empty = false;
        if (ownRules) {
            append(slow(part));
            return this;
        }
        int start = length;
        int partLength = part.length();
        ensure(partLength);
        part.getChars(0, partLength, chars, start);
        for (int i = start; i < start + partLength; i++) {
            char c = chars[i];
            char lower;
            if (c < 0x80) {
                lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else if (c >= 0x400 && c < 0x460) {
                lower = c < 0x410 ? (char) (c + 0x50) : c < 0x430 ? (char) (c + 0x20) : c;
            } else if (c == 0x3A3 || c == 0x130 || Character.isSurrogate(c)) {
                append(slow(part));
                return this;
            } else {
                lower = Character.toLowerCase(c);
            }
            chars[i] = lower == 'ё' ? 'е' : lower;
        }
        length = start + partLength;
        return this;
    }

    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    private String slow(String part) {
        return part.toLowerCase(locale).replace('ё', 'е');
    }

    private void append(String text) {
        ensure(text.length());
        text.getChars(0, text.length(), chars, length);
        length += text.length();
    }

    private void ensure(int more) {
        if (chars.length < length + more) {
            chars = java.util.Arrays.copyOf(chars, Math.max(length + more, chars.length * 2));
        }
    }
}
