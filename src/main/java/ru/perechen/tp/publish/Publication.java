package ru.perechen.tp.publish;

import java.nio.file.Path;

/**
 * What a publication did.
 *
 * @param folder  the snapshot's folder in DIR
 * @param outcome whether files were placed, or the same files were already there
 * @param current whether {@code DIR/current} names this snapshot afterwards
 */
public record Publication(Path folder, Outcome outcome, boolean current, Manifest manifest) {

    public enum Outcome {
        /** The snapshot was placed under a name that was free. */
        PUBLISHED,
        /** The folder already held exactly these files (same manifest); nothing was rewritten. */
        ALREADY_PUBLISHED,
        /** The folder held other files and was replaced (the draft, or when asked to). */
        REPLACED
    }
}
