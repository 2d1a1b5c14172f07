package ru.perechen.tp.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tp new point|process}: alone it shows which records it can make. */
@Command(name = "new", sortOptions = false, subcommands = {NewPointCommand.class, NewProcessCommand.class})
final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
