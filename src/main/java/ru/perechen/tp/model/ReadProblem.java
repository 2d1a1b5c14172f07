package ru.perechen.tp.model;

/**
 * Something wrong with the text of a file, found while reading it: the rules {@code yaml-syntax},
 * {@code schema} and {@code id} turn these into findings. Reading never stops at the first one.
 *
 * @param hint what to do about it, or {@code null} for the rule's general advice
 */
public record ReadProblem(Kind kind, Location location, Message message, Message hint) {

    /** Which rule reports the problem. */
    public enum Kind {
        /** The file could not be read or parsed as safe YAML: reported by {@code yaml-syntax}. */
        SYNTAX,
        /** A field is missing, unknown, of the wrong type or an unknown code: reported by {@code schema}. */
        STRUCTURE,
        /** The file's name or place cannot hold a record: reported by {@code id}. */
        FILE_NAME,
        /** A place left for a person ({@code ЗАПОЛНИТЕ}, {@code ОЦЕНИТЕ}): reported by {@code unfinished}. */
        PLACEHOLDER
    }
}
