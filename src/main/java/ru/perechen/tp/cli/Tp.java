package ru.perechen.tp.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Builds the command line with its commands, language, streams and the one error handler, and
 * runs it. Tests call {@link #run} with a temporary folder as the environment.
 */
public final class Tp {

    private Tp() {
    }

    /** The command line with every command (help, man pages, completion scripts). */
    public static CommandLine commandLine(Env env, PrintWriter out, PrintWriter err) {
        return commandLine(env, out, err, Commands.NAMES);
    }

    private static CommandLine commandLine(Env env, PrintWriter out, PrintWriter err, List<String> commands) {
        EnvFactory factory = new EnvFactory(env);
        CommandLine cli = new CommandLine(new TpCommand(), factory);
        for (String name : commands) {
            cli.addSubcommand(name, new CommandLine(Commands.type(name), factory));
        }
        cli.setResourceBundle(Bundles.help(env.language()));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setUsageHelpAutoWidth(true);
        cli.setExecutionExceptionHandler(new ErrorHandler(env));
        cli.setParameterExceptionHandler(new UsageErrorHandler(env));
        return cli;
    }

    public static int run(Env env, PrintWriter out, PrintWriter err, String... args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        try {
            return commandLine(env, out, err, Commands.needed(args)).execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // Limits keep the register's files from causing these; if one still happens, say so plainly.
            return ErrorHandler.internal(env, err, e, debug);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Gives commands that ask for it the {@link Env} they run in. */
    private static final class EnvFactory implements IFactory {
        private final Env env;
        private final IFactory fallback = CommandLine.defaultFactory();

        EnvFactory(Env env) {
            this.env = env;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == Env.class) {
                    constructor.setAccessible(true);
                    return type.cast(constructor.newInstance(env));
                }
            }
            return fallback.create(type);
        }
    }
}
