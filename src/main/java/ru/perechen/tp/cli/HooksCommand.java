package ru.perechen.tp.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tp hooks}: Git hooks for the register's repository; alone it shows its subcommands. */
@Command(name = "hooks", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, subcommands = HooksInstallCommand.class)
final class HooksCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
