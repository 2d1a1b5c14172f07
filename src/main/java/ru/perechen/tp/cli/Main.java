package ru.perechen.tp.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The {@code tp} program: decides the language, builds the command line and runs it. Output is
 * UTF-8 whatever the system's locale, so a CI runner with {@code LANG=C} still prints Cyrillic.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = utf8(new FileOutputStream(FileDescriptor.out));
        PrintWriter err = utf8(new FileOutputStream(FileDescriptor.err));
        Locale language = LanguageChoice.forArgs(args, Path.of("").toAbsolutePath());
        int code = Tp.run(Env.current(language), out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    private static PrintWriter utf8(FileOutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
