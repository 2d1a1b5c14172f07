package ru.perechen.tp.load;

import java.io.IOException;

/**
 * The register holds more record files than tp reads: a folder of a million files is a mistake
 * or an attack, and listing stops as soon as the limit is passed, so the refusal is quick.
 */
public final class RegisterTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int limit;

    public RegisterTooLargeException(int limit) {
        super("more than " + limit + " record files");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
