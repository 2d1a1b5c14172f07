package ru.perechen.tp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import ru.perechen.tp.validate.JsonReportWriter;
import ru.perechen.tp.validate.TextReportWriter;
import ru.perechen.tp.validate.ValidationReport;
import ru.perechen.tp.validate.Validator;

/** {@code tp validate [PATH]}: checks the register against every rule of the Order. */
@Command(name = "validate", sortOptions = false)
final class ValidateCommand implements Callable<Integer> {

    enum Format { text, json }

    private final Env env;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PATH", descriptionKey = "validate.path")
    Path path;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "validate.format")
    Format format = Format.text;

    @Option(names = "--strict", descriptionKey = "validate.strict")
    boolean strict;

    /** Validate the register as committed at a revision, read from Git's object database. */
    @Option(names = "--rev", paramLabel = "REV", descriptionKey = "validate.rev")
    String rev;

    @Mixin
    LanguageOption language;

    ValidateCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        // JGit is loaded only on this branch, so validating the working tree starts as fast as before.
        RegisterOpener.Opened opened = rev == null ? RegisterOpener.open(env, path) : RevisionOpener.open(env, path, rev);
        ValidationReport report = Validator.withAllRules().validate(opened.register());
        Locale locale = language.resolve(opened.register().header().locale());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            try {
                new JsonReportWriter(locale, opened.paths()).write(report, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            new TextReportWriter(locale, opened.paths(), env.ansi()).write(report, out);
        }
        return report.failed(strict) ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
