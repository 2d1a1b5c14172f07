package ru.perechen.tp.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void aValueIsReturned() throws IOException {
        assertThat(Failures.join(CompletableFuture.completedFuture("готово"), IOException.class)).isEqualTo("готово");
    }

    @Test
    void theExpectedCheckedFailureArrivesUnwrapped() {
        IOException disk = new IOException("нет места на диске");
        assertThatThrownBy(() -> Failures.join(CompletableFuture.failedFuture(disk), IOException.class))
                .isSameAs(disk);
    }

    @Test
    void anUncheckedFailureArrivesUnwrapped() {
        IllegalStateException broken = new IllegalStateException("сломано");
        assertThatThrownBy(() -> Failures.join(CompletableFuture.supplyAsync(() -> {
            throw broken;
        }), IOException.class)).isSameAs(broken);
    }

    @Test
    void anotherCheckedFailureStaysWrappedRatherThanLost() {
        Exception other = new Exception("иное");
        assertThatThrownBy(() -> Failures.join(CompletableFuture.failedFuture(other), IOException.class))
                .isInstanceOf(CompletionException.class).hasCause(other);
    }

    @Test
    void rethrowLeavesNoFailureAndForeignCheckedOnesToTheCaller() throws IOException {
        Failures.rethrow(null, IOException.class);
        Failures.rethrow(new Exception("иное"), IOException.class);
        assertThatThrownBy(() -> Failures.rethrow(new IOException("диск"), IOException.class))
                .isInstanceOf(IOException.class).hasMessage("диск");
    }
}
