package ru.perechen.tp.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import ru.perechen.tp.i18n.Messages;
import ru.perechen.tp.i18n.TerminalText;

/**
 * The one place where a failed command becomes a message: a {@link TpException} prints its own
 * message and exit code; anything else is a defect of tp, reported in one line with a pointer to
 * {@code --debug}, which alone prints the stack trace.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    private final Env env;

    ErrorHandler(Env env) {
        this.env = env;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        PrintWriter err = cli.getErr();
        boolean debug = parsed.expandedArgs().contains("--debug");
        Messages messages = Bundles.cli(env.language());
        if (e instanceof TpException tp) {
            err.println(env.ansi().red("tp: " + TerminalText.safe(messages.text(tp.userMessage()))));
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return tp.exitCode();
        }
        return internal(env, err, e, debug);
    }

    static int internal(Env env, PrintWriter err, Throwable e, boolean debug) {
        Messages messages = Bundles.cli(env.language());
        err.println("tp: " + messages.text("error.internal", e.getClass().getSimpleName(),
                TerminalText.safe(String.valueOf(e.getMessage()))));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INTERNAL;
    }
}
