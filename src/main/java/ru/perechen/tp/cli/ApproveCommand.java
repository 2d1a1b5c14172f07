package ru.perechen.tp.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ru.perechen.tp.history.Revision;
import ru.perechen.tp.history.Tagger;
import ru.perechen.tp.i18n.Messages;
import ru.perechen.tp.i18n.TerminalText;
import ru.perechen.tp.model.ApprovedVersion;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.validate.DisplayPaths;
import ru.perechen.tp.validate.TextReportWriter;
import ru.perechen.tp.validate.ValidationReport;
import ru.perechen.tp.validate.Validator;

/**
 * {@code tp approve --act NUMBER}: records that an internal act approved the register (6.1) as an
 * annotated tag {@code approved/<date>} on the revision, after checking that exactly that revision
 * has no errors and, for {@code HEAD}, that nothing in the register folder is left uncommitted.
 */
@Command(name = "approve", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
final class ApproveCommand implements Callable<Integer> {

    private static final int LISTED_FILES = 5;

    private final Env env;

    @Spec
    CommandSpec spec;

    @Option(names = "--act", required = true, paramLabel = "NUMBER", descriptionKey = "approve.act")
    String act;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "approve.date")
    LocalDate date;

    @Option(names = "--rev", paramLabel = "REV", descriptionKey = "approve.rev")
    String rev;

    @Option(names = "--by", paramLabel = "\"NAME <MAIL>\"", descriptionKey = "approve.by")
    String by;

    @Option(names = "--sign", descriptionKey = "approve.sign")
    boolean sign;

    @Mixin
    RegisterPathOption register;

    @Mixin
    LanguageOption language;

    ApproveCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        String number = act.strip();
        if (number.isEmpty() || !TerminalText.safe(number).equals(number)) {
            throw TpException.usage("approve.bad-act");
        }
        Tagger named = by == null ? null : Tagger.parse(by).orElseThrow(() -> TpException.usage("approve.bad-by"));
        // The act's date, not a timestamp: the same day gives the same tag name, whenever the command runs.
        LocalDate day = date != null ? date : LocalDate.now();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return GitAccess.withRepository(env, register.path, repository -> {
            Revision revision = repository.resolve(rev == null ? "HEAD" : rev);
            if (rev == null || rev.equals("HEAD")) {
                List<String> uncommitted = repository.uncommittedChanges();
                if (!uncommitted.isEmpty()) {
                    throw TpException.usage("approve.uncommitted", listed(uncommitted));
                }
            }
            Register approved = repository.load(revision);
            Locale locale = language.resolve(approved.header().locale());
            Messages messages = Bundles.cli(locale);
            ValidationReport report = Validator.withAllRules().validate(approved);
            // Places left for a person are only warnings while a draft is worked on; an approved register is complete (4.4).
            long unfinished = report.findings().stream().filter(f -> f.rule().equals("unfinished")).count();
            if (report.errors() > 0 || unfinished > 0) {
                new TextReportWriter(locale, DisplayPaths.of(repository.registerFolder(), env.workingDirectory()),
                        env.ansi()).write(report, out);
                err.println(env.ansi().red("tp: " + (report.errors() > 0
                        ? messages.text("approve.refused", report.errors())
                        : messages.text("approve.unfinished", unfinished))));
                err.flush();
                return ExitCode.FINDINGS;
            }
            Tagger tagger = named != null ? named
                    : repository.configuredUser().orElseThrow(() -> TpException.usage("approve.no-user"));
            String digest = repository.digest(revision);
            ApprovedVersion version = repository.approve(revision, number, day, approved.points().size(),
                    approved.processes().size(), digest, tagger, sign);
            out.println(TerminalText.safe(messages.text("approve.created", version.tag(), version.act(),
                    version.date(), version.commit().substring(0, 7), version.points(), version.processes())));
            if (sign) {
                ru.perechen.tp.history.TagSignature signature = repository.signature(version);
                out.println(TerminalText.safe(messages.text("approve.signed", signature.signer(), signature.key())));
            }
            out.println(messages.text("approve.push", version.tag()));
            out.flush();
            return ExitCode.OK;
        });
    }

    private static String listed(List<String> files) {
        String shown = String.join(", ", files.subList(0, Math.min(LISTED_FILES, files.size())));
        return files.size() > LISTED_FILES ? shown + ", … (" + files.size() + ")" : shown;
    }
}
