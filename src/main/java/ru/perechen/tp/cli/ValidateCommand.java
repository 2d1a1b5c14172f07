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
import ru.perechen.tp.files.AtomicFile;
import ru.perechen.tp.model.Message;
import ru.perechen.tp.validate.Ansi;
import ru.perechen.tp.validate.DisplayPaths;
import ru.perechen.tp.validate.GithubReportWriter;
import ru.perechen.tp.validate.GitlabReportWriter;
import ru.perechen.tp.validate.JsonReportWriter;
import ru.perechen.tp.validate.JunitReportWriter;
import ru.perechen.tp.validate.ReportWriter;
import ru.perechen.tp.validate.SarifReportWriter;
import ru.perechen.tp.validate.TextReportWriter;
import ru.perechen.tp.validate.ValidationReport;
import ru.perechen.tp.validate.Validator;

/**
 * {@code tp validate [PATH]}: checks the register against every rule of the Order. The report
 * goes to the terminal, or in a machine format to the terminal or to {@code --output FILE}; a
 * machine format never shares its stream with the human summary line, which then goes to the
 * terminal (with {@code --output}) or to the error stream.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false)
final class ValidateCommand implements Callable<Integer> {

    enum Format { text, json, github, gitlab, junit, sarif }

    private final Env env;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PATH", descriptionKey = "validate.path")
    Path path;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "validate.format")
    Format format = Format.text;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "validate.output")
    Path output;

    @Option(names = "--strict", descriptionKey = "validate.strict")
    boolean strict;

    /** Validate the register as committed at a revision, read from Git's object database. */
    @Option(names = "--rev", paramLabel = "REV", descriptionKey = "validate.rev")
    String rev;

    /** Show only the findings a change since REF is answerable for (see {@link ChangedSince}). */
    @Option(names = "--changed-since", paramLabel = "REF", descriptionKey = "validate.changed-since")
    String changedSince;

    @Mixin
    LanguageOption language;

    ValidateCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        // JGit is loaded only on this branch, so validating the working tree starts as fast as before.
        RegisterOpener.Opened opened = rev == null ? RegisterOpener.open(env, path) : RevisionOpener.open(env, path, rev);
        ValidationReport all = Validator.withAllRules().validate(opened.register());
        Locale locale = language.resolve(opened.register().header().locale());
        PrintWriter out = spec.commandLine().getOut();
        ChangedSince.Scope scope = changedSince == null ? null : GitAccess.withRepository(env, opened.root(),
                repository -> ChangedSince.of(repository, changedSince, rev));
        ValidationReport report = scope == null ? all : scope.apply(all);
        String scopeNote = scope == null ? null : Bundles.cli(locale).text("validate.changed-since.note",
                scope.base().ref(), scope.changedFiles().size());
        TextReportWriter text = new TextReportWriter(locale, opened.paths(), env.ansi());
        if (scopeNote != null) {
            // Beside the summary it qualifies: before the text report, on the error stream beside a machine format.
            (output == null && format != Format.text ? spec.commandLine().getErr() : out).println(scopeNote);
        }
        if (output != null) {
            Path file = env.workingDirectory().resolve(output);
            try {
                ReportWriter writer = writer(locale, opened.paths());
                AtomicFile.write(file, to -> writer.write(report, to));
            } catch (IOException e) {
                throw new TpException(ExitCode.USAGE, Message.of("error.write-failed", ShownPath.of(env, file),
                        String.valueOf(e.getMessage())), e);
            }
            out.println(text.summary(report));
        } else if (format == Format.text) {
            text.write(report, out);
        } else {
            try {
                writer(locale, opened.paths()).write(report, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println(text.summary(report));
            err.flush();
        }
        return report.failed(strict) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private ReportWriter writer(Locale locale, DisplayPaths paths) {
        return switch (format) {
            case text -> (report, to) -> new TextReportWriter(locale, paths, Ansi.OFF).write(report, new PrintWriter(to));
            case json -> new JsonReportWriter(locale, paths);
            case github -> new GithubReportWriter(locale, paths);
            case gitlab -> new GitlabReportWriter(locale, paths);
            case junit -> new JunitReportWriter(locale, paths, strict);
            case sarif -> new SarifReportWriter(locale, paths, VersionProvider.version());
        };
    }
}
