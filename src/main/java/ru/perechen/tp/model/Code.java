package ru.perechen.tp.model;

import java.util.Locale;

/**
 * A value of one of the Order's closed vocabularies: what the files store ({@link #code()}) and
 * what people read ({@link #label(Locale)}). Every enum of this package that appears in the YAML
 * files implements it, so that parsing, messages and published pages treat them alike.
 */
public interface Code {

    /** The code as written in the YAML files, for example {@code social-public}. */
    String code();

    /** The Russian label, as fixed in the Order (clauses.md). */
    String labelRu();

    /** The English label. */
    String labelEn();

    default String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn() : labelRu();
    }
}
