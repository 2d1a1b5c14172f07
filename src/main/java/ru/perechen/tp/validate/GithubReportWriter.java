package ru.perechen.tp.validate;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import ru.perechen.tp.i18n.TerminalText;
import ru.perechen.tp.model.Finding;
import ru.perechen.tp.model.Severity;

/**
 * Findings as GitHub Actions workflow commands, one line each, which GitHub shows as annotations
 * on the changed lines of a pull request:
 * {@code ::error file=F,line=L,col=C,title=T::message} (or {@code ::warning}).
 *
 * <p>Escaping follows GitHub's runner: in the message {@code %}, CR and LF become {@code %25},
 * {@code %0D}, {@code %0A}; in the properties {@code :} and {@code ,} become {@code %3A} and
 * {@code %2C} as well. Text from the register is first made terminal-safe (the log is a terminal),
 * so the only line break left in a message is the one before its hint.
 */
public final class GithubReportWriter implements ReportWriter {

    private final FindingTexts texts;
    private final DisplayPaths paths;

    public GithubReportWriter(Locale locale, DisplayPaths paths) {
        this.texts = new FindingTexts(locale);
        this.paths = paths;
    }

    @Override
    public void write(ValidationReport report, Writer out) throws IOException {
        for (Finding finding : report.findings()) {
            out.write(command(finding));
            out.write('\n');
        }
        out.flush();
    }

    public String command(Finding finding) {
        StringBuilder line = new StringBuilder("::")
                .append(finding.severity() == Severity.ERROR ? "error" : "warning")
                .append(" file=").append(property(TerminalText.safe(paths.display(finding.location().file()))));
        if (finding.location().line() > 0) {
            line.append(",line=").append(finding.location().line())
                    .append(",col=").append(finding.location().column());
        }
        String title = finding.rule() + ", " + texts.messages().text("text.clause", finding.clause().number());
        line.append(",title=").append(property(title));
        String message = TerminalText.safe(texts.message(finding));
        String hint = texts.hint(finding);
        if (hint != null) {
            message += "\n" + texts.messages().text("text.hint") + ": " + TerminalText.safe(hint);
        }
        return line.append("::").append(data(message)).toString();
    }

    /** A warning about the run itself rather than a file ({@code ::warning title=T::message}), shown among the annotations. */
    public static String warning(String title, String message) {
        return "::warning title=" + property(TerminalText.safe(title)) + "::" + data(TerminalText.safe(message));
    }

    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
