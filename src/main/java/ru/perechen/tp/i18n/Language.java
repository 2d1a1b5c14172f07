package ru.perechen.tp.i18n;

import java.util.Locale;

/** The two languages of tp: Russian, the default, and English. */
public final class Language {

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Language() {
    }

    /** English when asked for, Russian otherwise. */
    public static Locale of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : RUSSIAN;
    }

    /** The language for a code written in a file or an option ({@code ru}, {@code en}); Russian when unknown. */
    public static Locale of(String code) {
        return "en".equalsIgnoreCase(code) ? ENGLISH : RUSSIAN;
    }
}
