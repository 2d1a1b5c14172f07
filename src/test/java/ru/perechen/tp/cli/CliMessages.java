package ru.perechen.tp.cli;

import ru.perechen.tp.i18n.Language;
import ru.perechen.tp.i18n.Messages;

/** The texts of the cli bundle in Russian, for tests that compare a command's output with its message ids. */
final class CliMessages {

    private CliMessages() {
    }

    /** The line the error handler prints for a message. */
    static String error(String key, Object... args) {
        return "tp: " + text(key, args) + System.lineSeparator();
    }

    static String text(String key, Object... args) {
        return Messages.of("ru.perechen.tp.cli.cli", Language.RUSSIAN).text(key, args);
    }
}
