package ru.perechen.tp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ru.perechen.tp.files.AtomicFile;
import ru.perechen.tp.history.DiffResult;
import ru.perechen.tp.history.RegisterRepository;
import ru.perechen.tp.history.RepositoryException;
import ru.perechen.tp.history.Revision;
import ru.perechen.tp.history.VersionDiff;
import ru.perechen.tp.i18n.Messages;
import ru.perechen.tp.model.Message;
import ru.perechen.tp.pipeline.PipelineSummary;
import ru.perechen.tp.pipeline.Platform;
import ru.perechen.tp.validate.DisplayPaths;
import ru.perechen.tp.validate.GithubReportWriter;
import ru.perechen.tp.validate.GitlabReportWriter;
import ru.perechen.tp.validate.TextReportWriter;
import ru.perechen.tp.validate.ValidationReport;
import ru.perechen.tp.validate.Validator;

/**
 * {@code tp ci}: the one command a pipeline runs. It validates the working tree and reports the
 * findings where the platform shows them (GitHub: workflow commands; GitLab: the Code Quality
 * report file), on a pull request only those the change is answerable for; then it writes the
 * changes since the latest approved version, and whether they require bringing the register up to
 * date, as a Markdown summary (GitHub's job summary, a file for a merge request note). The exit
 * code is validation's alone: a Git problem in the summary part (a shallow clone without tags) is
 * a warning in the log and in the summary, not a failure, so the check still decides the job.
 *
 * <p>Paths in the platforms' formats are relative to the repository's root, wherever tp ci runs,
 * since that is how the platforms name the files they annotate.
 */
@Command(name = "ci", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false)
final class CiCommand implements Callable<Integer> {

    enum PlatformChoice { auto, github, gitlab }

    private final Env env;

    @Spec
    CommandSpec spec;

    @Option(names = "--platform", paramLabel = "PLATFORM", descriptionKey = "ci.platform")
    PlatformChoice platformChoice = PlatformChoice.auto;

    @Option(names = "--changed-since", paramLabel = "REF", descriptionKey = "ci.changed-since")
    String changedSince;

    @Option(names = "--all", descriptionKey = "ci.all")
    boolean whole;

    @Option(names = "--summary", paramLabel = "FILE", descriptionKey = "ci.summary")
    Path summaryFile;

    @Option(names = "--strict", descriptionKey = "validate.strict")
    boolean strict;

    @Mixin
    RegisterPathOption register;

    @Mixin
    LanguageOption language;

    CiCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (whole && changedSince != null) {
            throw TpException.usage("ci.all-or-changed-since", "--all", "--changed-since");
        }
        Platform platform = switch (platformChoice) {
            case auto -> Platform.detect(env.variables());
            case github -> Platform.GITHUB;
            case gitlab -> Platform.GITLAB;
        };
        RegisterOpener.Opened opened = RegisterOpener.open(env, register.path);
        Locale locale = language.resolve(opened.register().header().locale());
        Messages messages = Bundles.cli(locale);
        ValidationReport everything = Validator.withAllRules().validate(opened.register());
        String base = whole ? null : changedSince != null ? changedSince
                : platform.changeBase(env.variables()).orElse(null);

        Checked checked = check(opened, everything, base, messages);
        ValidationReport report = checked.report();
        List<String> written = new ArrayList<>();
        showFindings(platform, checked, new TextReportWriter(locale, opened.paths(), env.ansi()), locale, messages,
                written);
        warn(platform, checked, base, messages);

        PipelineSummary.Checked shown = new PipelineSummary.Checked(report.errors(), report.warnings(),
                checked.scopedTo(), checked.scopeProblem());
        PipelineSummary renderer = new PipelineSummary(locale);
        placeSummary(platform, checked.diff() != null ? renderer.render(shown, checked.diff())
                : renderer.renderWithoutDiff(shown, checked.diffProblem()), messages, written);

        PrintWriter err = spec.commandLine().getErr();
        written.forEach(err::println);
        err.flush();
        return report.failed(strict) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** The findings where the platform shows them; the human summary line beside them. */
    private void showFindings(Platform platform, Checked checked, TextReportWriter text, Locale locale,
                              Messages messages, List<String> written) {
        PrintWriter out = spec.commandLine().getOut();
        ValidationReport report = checked.report();
        switch (platform) {
            case GITHUB -> {
                try {
                    new GithubReportWriter(locale, checked.paths()).write(report, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                spec.commandLine().getErr().println(text.summary(report));
            }
            case GITLAB -> {
                text.write(report, out);
                Path codeQuality = env.workingDirectory().resolve(Platform.CODE_QUALITY_REPORT);
                writeFile(codeQuality, to -> new GitlabReportWriter(locale, checked.paths()).write(report, to));
                written.add(messages.text("ci.written.code-quality", ShownPath.of(env, codeQuality)));
            }
            case NONE -> text.write(report, out);
        }
    }

    /** What could not be found out, in the log: on GitHub among the annotations, elsewhere on the error stream. */
    private void warn(Platform platform, Checked checked, String base, Messages messages) {
        List<String> warnings = new ArrayList<>();
        if (checked.scopeProblem() != null) {
            warnings.add(messages.text("ci.scope-problem", base, checked.scopeProblem()));
        }
        if (checked.diffProblem() != null) {
            warnings.add(messages.text("ci.diff-problem", checked.diffProblem()));
        }
        for (String warning : warnings) {
            if (platform == Platform.GITHUB) {
                spec.commandLine().getOut().println(GithubReportWriter.warning("tp ci", warning));
            } else {
                spec.commandLine().getErr().println(messages.text("ci.warning", warning));
            }
        }
    }

    /**
     * The summary into the file asked for (or GitLab's default), appended to GitHub's step summary,
     * and on the terminal when it went to neither.
     */
    private void placeSummary(Platform platform, String summary, Messages messages, List<String> written) {
        boolean placed = false;
        if (summaryFile != null || platform == Platform.GITLAB) {
            Path file = env.workingDirectory().resolve(summaryFile != null ? summaryFile : Path.of(Platform.GITLAB_SUMMARY));
            writeFile(file, to -> to.write(summary));
            written.add(messages.text("ci.written.summary", ShownPath.of(env, file)));
            placed = true;
        }
        String stepSummary = env.variable(Platform.STEP_SUMMARY);
        if (platform == Platform.GITHUB && stepSummary != null && !stepSummary.isBlank()) {
            appendStepSummary(env.workingDirectory().resolve(stepSummary), summary);
            written.add(messages.text("ci.written.step-summary", "$" + Platform.STEP_SUMMARY));
            placed = true;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!placed) {
            out.println();
            out.print(summary);
        }
        out.flush();
    }

    /**
     * What the pipeline shows, found with the repository open once: the findings in scope, the
     * paths as the repository names them, and the diff since the latest approved version. Only a
     * Git problem with a revision the user named ends the command; any other one is a warning.
     */
    private Checked check(RegisterOpener.Opened opened, ValidationReport everything, String base,
                          Messages messages) {
        RegisterRepository repository;
        try {
            repository = RegisterRepository.open(opened.root());
        } catch (RepositoryException e) {
            if (changedSince != null) {
                throw GitAccess.failure(e);
            }
            String problem = messages.text(e.userMessage());
            return new Checked(everything, opened.paths(), null, base == null ? null : problem, null, problem);
        }
        try (repository) {
            DisplayPaths paths = DisplayPaths.of(repository.registerFolder(), repository.workTree());
            ValidationReport report = everything;
            String scopedTo = null;
            String scopeProblem = null;
            if (base != null) {
                try {
                    ChangedSince.Scope scope = ChangedSince.of(repository, base, null);
                    report = scope.apply(everything);
                    scopedTo = shown(scope.base());
                } catch (RepositoryException e) {
                    if (changedSince != null) {
                        throw GitAccess.failure(e);
                    }
                    // The base the platform named is not here (not fetched): showing everything hides nothing.
                    scopeProblem = messages.text(e.userMessage());
                }
            }
            String diffProblem;
            try {
                DiffResult diff = VersionDiff.compare(repository.version(RegisterRepository.LATEST),
                        repository.version(RegisterRepository.WORKTREE));
                return new Checked(report, paths, scopedTo, scopeProblem, diff, null);
            } catch (RepositoryException e) {
                diffProblem = messages.text(e.userMessage());
            } catch (IOException e) {
                diffProblem = messages.text("git.read-failed", String.valueOf(e.getMessage()));
            }
            return new Checked(report, paths, scopedTo, scopeProblem, null, diffProblem);
        }
    }

    /** A revision as the summary names it: as the user or the platform named it, a full commit id shortened. */
    private static String shown(Revision revision) {
        return revision.ref().equals(revision.commit()) ? revision.shortCommit() : revision.ref();
    }

    /**
     * @param scopedTo     the revision the findings were narrowed to, as the summary names it
     * @param scopeProblem why the revision the platform named could not be used (the whole register is shown)
     * @param diffProblem  why the diff since the latest approved version could not be made
     */
    private record Checked(ValidationReport report, DisplayPaths paths, String scopedTo, String scopeProblem,
                           DiffResult diff, String diffProblem) {
    }

    private void writeFile(Path file, AtomicFile.Content content) {
        try {
            AtomicFile.write(file, content);
        } catch (IOException e) {
            throw new TpException(ExitCode.USAGE, Message.of("error.write-failed", ShownPath.of(env, file),
                    String.valueOf(e.getMessage())), e);
        }
    }

    /** GitHub collects each step's summary by appending to the file it names; replacing it would lose other steps' parts. */
    private void appendStepSummary(Path file, String summary) {
        try {
            Files.writeString(file, summary, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new TpException(ExitCode.USAGE, Message.of("error.write-failed", ShownPath.of(env, file),
                    String.valueOf(e.getMessage())), e);
        }
    }
}
