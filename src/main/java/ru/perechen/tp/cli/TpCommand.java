package ru.perechen.tp.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code tp}: the root command; alone it shows what the commands are. Its subcommands are listed
 * in {@link Commands} and added by {@link Tp}, only the one that runs when that is known.
 */
@Command(name = "tp",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        sortOptions = false)
public final class TpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, descriptionKey = "option.debug")
    boolean debug;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
