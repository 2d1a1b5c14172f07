package ru.perechen.tp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.nayuki.qrcodegen.DataTooLongException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import ru.perechen.tp.files.AtomicFile;
import ru.perechen.tp.files.ContainedPath;
import ru.perechen.tp.i18n.Messages;
import ru.perechen.tp.i18n.TerminalText;
import ru.perechen.tp.model.Message;
import ru.perechen.tp.poster.PosterSheet;
import ru.perechen.tp.poster.PosterSvg;
import ru.perechen.tp.poster.SurveyPoster;

/**
 * {@code tp qr --to DIR [PATH]}: for each offline point with a survey link (3.5 г), an A4 page with
 * the point's name, address and the QR code of the link, as {@code DIR/<id>.svg}, and all pages in
 * {@code DIR/index.html} for printing at once. Files are named by point ids of the id rule's form
 * only, and every path is checked to stay inside DIR.
 */
@Command(name = "qr", sortOptions = false)
final class QrCommand implements Callable<Integer> {

    static final String SHEET = "index.html";

    private final Env env;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PATH", descriptionKey = "qr.path")
    Path path;

    @Option(names = "--to", required = true, paramLabel = "DIR", descriptionKey = "qr.to")
    Path to;

    @Mixin
    LanguageOption language;

    QrCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        RegisterOpener.Opened opened = RegisterOpener.open(env, path);
        Locale locale = language.resolve(opened.register().header().locale());
        Messages messages = Bundles.cli(locale);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SurveyPoster.Selection selection = SurveyPoster.of(opened.register());
        for (SurveyPoster.Skipped skipped : selection.skipped()) {
            err.println(env.ansi().yellow(messages.text("qr.skipped." + skipped.reason().name().toLowerCase(Locale.ROOT)
                    .replace('_', '-'), TerminalText.safe(String.valueOf(skipped.pointId())),
                    TerminalText.safe(opened.paths().display(skipped.file())))));
        }
        Path dir = env.workingDirectory().resolve(to).toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw TpException.usage("qr.not-a-folder", dir);
        }
        PosterSvg svg = new PosterSvg(locale);
        List<SurveyPoster> drawn = new ArrayList<>();
        try {
            for (SurveyPoster poster : selection.posters()) {
                String page;
                try {
                    page = svg.render(poster);
                } catch (DataTooLongException e) {
                    err.println(env.ansi().yellow(messages.text("qr.skipped.too-long", poster.pointId())));
                    continue;
                }
                AtomicFile.write(inside(dir, poster.pointId() + ".svg"), page);
                drawn.add(poster);
            }
            if (drawn.isEmpty()) {
                out.println(messages.text("qr.none"));
                return ExitCode.OK;
            }
            AtomicFile.write(inside(dir, SHEET), new PosterSheet(locale).render(drawn));
        } catch (IOException e) {
            throw new TpException(ExitCode.USAGE, Message.of("qr.write-failed", dir, String.valueOf(e.getMessage())), e);
        }
        out.println(messages.text("qr.written", drawn.size(), TerminalText.safe(shown(dir)),
                TerminalText.safe(shown(dir.resolve(SHEET)))));
        return ExitCode.OK;
    }

    /** A file directly in {@code dir}: a name that would lead anywhere else is a defect, never followed. */
    static Path inside(Path dir, String name) {
        Path file;
        try {
            file = ContainedPath.resolve(dir, name);
        } catch (ContainedPath.OutsideFolderException e) {
            throw new IllegalStateException("refusing to write outside " + dir + ": " + name, e);
        }
        if (!dir.equals(file.getParent())) {
            throw new IllegalStateException("refusing to write outside " + dir + ": " + name);
        }
        return file;
    }

    private String shown(Path target) {
        Path cwd = env.workingDirectory().toAbsolutePath().normalize();
        return target.startsWith(cwd) ? cwd.relativize(target).toString() : target.toString();
    }
}
