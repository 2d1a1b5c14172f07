package ru.perechen.tp.cli;

import java.io.PrintWriter;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import ru.perechen.tp.i18n.Messages;
import ru.perechen.tp.i18n.TerminalText;

/** A mistyped command line: what was wrong, a suggestion where picocli has one, and where to read more. */
final class UsageErrorHandler implements IParameterExceptionHandler {

    private final Env env;

    UsageErrorHandler(Env env) {
        this.env = env;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        Messages messages = Bundles.cli(env.language());
        String text;
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            List<String> words = unmatched.getUnmatched();
            // Where a command was expected (tp valdiate), say so: "unknown argument" hides it.
            boolean command = !cli.getSubcommands().isEmpty() && !words.get(0).startsWith("-");
            text = command ? messages.text("usage.unknown-command", words.get(0))
                    : messages.text("usage.unknown-argument", String.join(" ", words));
        } else if (e instanceof MissingParameterException missing) {
            text = messages.text("usage.missing", missing.getMissing().stream()
                    .map(arg -> arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName()
                            : arg.paramLabel()).reduce((a, b) -> a + ", " + b).orElse(""));
        } else {
            text = messages.text("usage.invalid", e.getMessage());
        }
        err.println(env.ansi().red("tp: " + TerminalText.safe(text)));
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            String prefix = cli.getCommandSpec().qualifiedName() + " ";
            err.println(messages.text("usage.suggestions", String.join(messages.text("usage.or"),
                    unmatched.getSuggestions().stream().map(s -> prefix + s).toList())));
        }
        err.println(messages.text("usage.more", cli.getCommandSpec().qualifiedName()));
        err.flush();
        return ExitCode.USAGE;
    }
}
