package ru.perechen.tp.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import ru.perechen.tp.i18n.Language;
import ru.perechen.tp.validate.Ansi;

/**
 * What a command may know of the world it runs in: the current folder, the environment variables,
 * whether it talks to a terminal, the language chosen for it, and what the person types when a
 * command asks. Passed in rather than read from globals, so that tests run the real command line
 * in a temporary folder and answer its questions.
 */
public record Env(Path workingDirectory, Map<String, String> variables, boolean terminal, Locale language,
                  ConsoleInput input) {

    /** An environment with nothing to read: commands that would ask must not ask. */
    public Env(Path workingDirectory, Map<String, String> variables, boolean terminal, Locale language) {
        this(workingDirectory, variables, terminal, language, ConsoleInput.NONE);
    }

    public static Env current(Locale language) {
        Console console = System.console();
        ConsoleInput input = console == null ? ConsoleInput.NONE : ConsoleInput.of(System.in, console.charset());
        return new Env(Path.of("").toAbsolutePath(), System.getenv(), console != null, Language.of(language), input);
    }

    public String variable(String name) {
        return variables.get(name);
    }

    /** Colour on a terminal, unless {@code NO_COLOR} is set (no-color.org) or the terminal is dumb. */
    public Ansi ansi() {
        boolean noColor = variables.containsKey("NO_COLOR") || "dumb".equals(variables.get("TERM"));
        return terminal && !noColor ? Ansi.ON : Ansi.OFF;
    }

    public Env withLanguage(Locale newLanguage) {
        return new Env(workingDirectory, variables, terminal, Language.of(newLanguage), input);
    }
}
