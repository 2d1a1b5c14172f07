package ru.perechen.tp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import ru.perechen.tp.i18n.Messages;
import ru.perechen.tp.i18n.TerminalText;
import ru.perechen.tp.model.Message;
import ru.perechen.tp.report.ControlReport;
import ru.perechen.tp.report.HtmlRenderer;
import ru.perechen.tp.report.JsonRenderer;
import ru.perechen.tp.report.MarkdownRenderer;
import ru.perechen.tp.validate.DisplayPaths;
import ru.perechen.tp.validate.ValidationReport;
import ru.perechen.tp.validate.Validator;

/**
 * {@code tp report [PATH] [--to FILE] [--format html|markdown|json]}: the control report of 5.1 and
 * 5.2. A civil servant opens HTML in a browser, so HTML goes to a file ({@value #DEFAULT_FILE} in the
 * current folder unless {@code --to} says otherwise); Markdown and JSON go to standard output unless
 * {@code --to} is given, for pipes and scripts.
 */
@Command(name = "report", sortOptions = false)
final class ReportCommand implements Callable<Integer> {

    static final String DEFAULT_FILE = "perechen-report.html";
    private static final int GENERATOR_PEEK_BYTES = 4096;

    /**
     * Files are named as they are inside the register ({@code points/minkult/TP-001.yaml}), not
     * relative to where the command ran: the report is read away from the terminal, and the same
     * register gives the same report wherever it is made.
     */
    private static final DisplayPaths REGISTER_PATHS = DisplayPaths.asIs();

    enum Format { html, markdown, json }

    private final Env env;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PATH", descriptionKey = "report.path")
    Path path;

    @Option(names = {"-o", "--output", "--to"}, paramLabel = "FILE", descriptionKey = "report.to")
    String to;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "report.format")
    Format format;

    /** Report on the register as committed at a revision instead of the working tree. */
    @Option(names = "--rev", paramLabel = "REV", descriptionKey = "report.rev")
    String rev;

    @Mixin
    LanguageOption language;

    ReportCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        RegisterOpener.Opened opened = rev == null ? RegisterOpener.open(env, path) : RevisionOpener.open(env, path, rev);
        ValidationReport validation = Validator.withAllRules().validate(opened.register());
        Locale locale = language.resolve(opened.register().header().locale());
        ControlReport report = ControlReport.of(opened.register(), validation,
                ApprovalChanges.since(RegisterOpener.locate(env, path), rev));
        Format chosen = format != null ? format : formatOf(to);
        String text = switch (chosen) {
            case html -> new HtmlRenderer(locale, REGISTER_PATHS).render(report);
            case markdown -> new MarkdownRenderer(locale, REGISTER_PATHS).render(report);
            case json -> new JsonRenderer(locale, REGISTER_PATHS).render(report);
        };
        if ("-".equals(to) || (to == null && chosen != Format.html)) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
        Path target = env.workingDirectory().resolve(to == null ? DEFAULT_FILE : to).normalize();
        if (Files.isDirectory(target)) {
            throw TpException.usage("report.to-is-folder", target);
        }
        if (to == null && Files.exists(target) && !madeByTp(target)) {
            throw TpException.usage("report.not-ours", target);
        }
        try {
            AtomicFile.write(target, text);
        } catch (IOException e) {
            throw new TpException(ExitCode.USAGE, Message.of("report.write-failed", target,
                    String.valueOf(e.getMessage())), e);
        }
        Messages messages = Bundles.cli(locale);
        spec.commandLine().getOut().println(messages.text("report.written",
                TerminalText.safe(shown(target)), report.points(), report.processes(), validation.errors(),
                validation.warnings()));
        if (chosen == Format.html) {
            spec.commandLine().getOut().println(messages.text("report.open-hint"));
        }
        return ExitCode.OK;
    }

    /** The format a file name suggests: {@code .md} Markdown, {@code .json} JSON, anything else HTML. */
    static Format formatOf(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Format.markdown;
        }
        if (name.endsWith(".json")) {
            return Format.json;
        }
        return Format.html;
    }

    /** Whether an existing page was written by tp report, so that running it again may replace it. */
    private static boolean madeByTp(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(GENERATOR_PEEK_BYTES), StandardCharsets.UTF_8);
            return head.contains("<meta name=\"generator\" content=\"" + HtmlRenderer.GENERATOR + "\">");
        } catch (IOException e) {
            return false;
        }
    }

    private String shown(Path target) {
        Path cwd = env.workingDirectory().toAbsolutePath().normalize();
        Path absolute = target.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    }
}
