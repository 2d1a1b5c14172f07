package ru.perechen.tp.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code tp new point} and {@code tp new process} share: the register, the basis, and a dry run. */
final class NewRecordOptions {

    @Parameters(arity = "0..1", paramLabel = "PATH", descriptionKey = "new.path")
    Path path;

    @Option(names = "--basis-type", paramLabel = "CODE", descriptionKey = "new.basis-type")
    String basisType;

    @Option(names = "--basis-title", paramLabel = "TEXT", descriptionKey = "new.basis-title")
    String basisTitle;

    @Option(names = "--dry-run", descriptionKey = "new.dry-run")
    boolean dryRun;
}
