package ru.perechen.tp.validate;

import java.io.PrintWriter;
import java.util.Locale;

import ru.perechen.tp.i18n.TerminalText;
import ru.perechen.tp.model.Finding;
import ru.perechen.tp.model.Severity;

/**
 * The report for people at a terminal: findings grouped by file, each as
 * {@code file:line:column: severity: message [rule, clause]} with a hint below, then a summary.
 * Text from the register is made safe for the terminal; colour only when asked for.
 */
public final class TextReportWriter {

    private final FindingTexts texts;
    private final DisplayPaths paths;
    private final Ansi ansi;

    public TextReportWriter(Locale locale, DisplayPaths paths, Ansi ansi) {
        this.texts = new FindingTexts(locale);
        this.paths = paths;
        this.ansi = ansi;
    }

    public void write(ValidationReport report, PrintWriter out) {
        String previousFile = null;
        for (Finding finding : report.findings()) {
            String file = finding.location().file();
            if (previousFile != null && !previousFile.equals(file)) {
                out.println();
            }
            previousFile = file;
            out.println(line(finding));
            String hint = texts.hint(finding);
            if (hint != null) {
                out.println("    " + ansi.dim(texts.messages().text("text.hint") + ": " + TerminalText.safe(hint)));
            }
        }
        if (!report.findings().isEmpty()) {
            out.println();
        }
        out.println(summary(report));
        out.flush();
    }

    public String line(Finding finding) {
        String where = paths.display(finding.location().file());
        if (finding.location().line() > 0) {
            where += ":" + finding.location().line() + ":" + finding.location().column();
        }
        String severity = texts.messages().text(finding.severity() == Severity.ERROR ? "text.error" : "text.warning");
        severity = finding.severity() == Severity.ERROR ? ansi.red(severity) : ansi.yellow(severity);
        String clause = texts.messages().text("text.clause", finding.clause().number());
        return ansi.bold(TerminalText.safe(where)) + ": " + severity + ": " + TerminalText.safe(texts.message(finding))
                + " " + ansi.dim("[" + finding.rule() + ", " + clause + "]");
    }

    public String summary(ValidationReport report) {
        String text = texts.messages().text("text.summary", report.pointFiles(), report.processFiles(),
                report.errors(), report.warnings());
        return report.errors() > 0 ? ansi.red(text) : report.warnings() > 0 ? ansi.yellow(text) : ansi.green(text);
    }
}
