package ru.perechen.tp.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A failure on another thread, rethrown on the waiting one as it was thrown: the message a user
 * reads (a {@code RepositoryException}, an {@code IOException}) must not arrive wrapped in a
 * {@link CompletionException} that the command's error handling does not know.
 */
public final class Failures {

    private Failures() {
    }

    /** The future's value, or its failure rethrown as it was (wrapped only when it is a checked exception of another type). */
    public static <T, X extends Exception> T join(CompletableFuture<T> future, Class<X> checked) throws X {
        try {
            return future.join();
        } catch (CompletionException e) {
            rethrow(e.getCause(), checked);
            throw e;
        }
    }

    /** Throws the failure as it is when it is unchecked or of the checked type; returns otherwise (and for null). */
    public static <X extends Exception> void rethrow(Throwable failure, Class<X> checked) throws X {
        if (checked.isInstance(failure)) {
            throw checked.cast(failure);
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
    }
}
