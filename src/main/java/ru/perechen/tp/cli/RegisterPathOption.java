package ru.perechen.tp.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * {@code --register PATH}: the register folder for commands whose positional parameters are
 * something else (revisions, an id); found as by {@code tp validate} when not given.
 */
public final class RegisterPathOption {

    @Option(names = "--register", paramLabel = "PATH", descriptionKey = "option.register")
    Path path;
}
