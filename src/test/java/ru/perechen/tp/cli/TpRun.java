package ru.perechen.tp.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import ru.perechen.tp.i18n.Language;

/**
 * One run of the real command line, as a shell session would see it: arguments in, exit code and
 * exact output out. The "current folder" is whatever the test says, usually a temporary one.
 */
public record TpRun(int exitCode, String out, String err) {

    public static TpRun in(Path workingDirectory, String... args) {
        return in(workingDirectory, Map.of(), args);
    }

    public static TpRun in(Path workingDirectory, Map<String, String> variables, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Env env = new Env(workingDirectory, variables, false,
                LanguageChoice.forArgs(args, workingDirectory));
        int code = Tp.run(env, new PrintWriter(out), new PrintWriter(err), args);
        return new TpRun(code, out.toString(), err.toString());
    }

    /** Whether anything looks like a Java stack trace: users must never see one without --debug. */
    public boolean showsStackTrace() {
        String all = out + err;
        return all.contains("\tat ") || all.contains("Exception in thread") || all.matches("(?s).*\\n\\s+at [a-z]+\\..*");
    }
}
