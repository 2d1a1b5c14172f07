package ru.perechen.tp.report;

import java.util.Locale;

import ru.perechen.tp.model.Code;

/**
 * What a row of counts is about: a code of the Order (a kind, a category), a record of the
 * register (an organization or unit, by id and name), or nothing readable ({@link #UNSPECIFIED}).
 * Kept without a language, so that one report renders in Russian or English.
 */
public record Subject(String id, Code code, String name) {

    /** Points or processes whose value could not be read; the validator reports why. */
    public static final Subject UNSPECIFIED = new Subject(null, null, null);

    public static Subject of(Code code) {
        return new Subject(code.code(), code, null);
    }

    public static Subject named(String id, String name) {
        return new Subject(id, null, name);
    }

    public boolean unspecified() {
        return id == null;
    }

    /** The label a reader sees: the code's label, the record's name, else its id. */
    public String label(Locale locale) {
        if (code != null) {
            return code.label(locale);
        }
        return name != null && !name.isBlank() ? name : id;
    }
}
