package ru.perechen.tp.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The shared folder the register is published to (6.2, 6.5): as given on the command line, else
 * the {@value #VARIABLE} environment variable. The authorized person publishes to the same place
 * every time, and a scheduled CI job checks the deadline there; set once, {@code tp publish},
 * {@code tp status} and {@code tp verify} all find it.
 */
final class PublishFolder {

    static final String VARIABLE = "TP_PUBLISH_DIR";

    private PublishFolder() {
    }

    /** The folder, resolved against the working directory; empty when neither names one. */
    static Optional<Path> of(Env env, Path given) {
        if (given != null) {
            return Optional.of(env.workingDirectory().resolve(given));
        }
        String variable = env.variable(VARIABLE);
        if (variable == null || variable.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(env.workingDirectory().resolve(variable.strip()));
    }
}
