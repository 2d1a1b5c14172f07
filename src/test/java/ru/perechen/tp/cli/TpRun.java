package ru.perechen.tp.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import ru.perechen.tp.i18n.Language;
import ru.perechen.tp.i18n.Messages;

/** Runs the real command line in a folder, as a user would in a shell, and keeps what it printed. */
public record TpRun(int code, String out, String err) {

    public static TpRun in(Path folder, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Tp.run(new Env(folder, Map.of(), false, Language.RUSSIAN), new PrintWriter(out),
                new PrintWriter(err), args);
        return new TpRun(code, out.toString(), err.toString());
    }

    /** The line the error handler prints for a message of the cli bundle, in Russian. */
    public static String error(String key, Object... args) {
        return "tp: " + Messages.of("ru.perechen.tp.cli.cli", Language.RUSSIAN).text(key, args) + System.lineSeparator();
    }

    public static String cli(String key, Object... args) {
        return Messages.of("ru.perechen.tp.cli.cli", Language.RUSSIAN).text(key, args);
    }
}
