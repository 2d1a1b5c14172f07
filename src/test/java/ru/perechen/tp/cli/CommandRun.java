package ru.perechen.tp.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import ru.perechen.tp.i18n.Language;

/** The real command line run in a folder, as a shell session would: arguments in, exit code and output out. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun in(Path folder, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Tp.run(new Env(folder, Map.of(), false, Language.RUSSIAN), new PrintWriter(out), new PrintWriter(err),
                args);
        return new CommandRun(code, out.toString(), err.toString());
    }

    /** A copy of the sample register (58 points, 33 processes) at {@code folder/register}. */
    static Path sampleRegister(Path folder) {
        return ru.perechen.tp.SampleRegister.copyTo(folder);
    }
}
