package ru.perechen.tp.pipeline;

import java.util.Locale;

import ru.perechen.tp.history.DiffResult;
import ru.perechen.tp.history.MarkdownDiffRenderer;
import ru.perechen.tp.history.RegisterVersion;
import ru.perechen.tp.i18n.Messages;

/**
 * The Markdown a pipeline shows beside a change (GitHub's job summary, a merge request note): how
 * validation went and over what, the changes since the latest approved version, and whether they
 * oblige the register to be brought up to date (6.3), approved anew (6.1) and published within 10
 * working days (6.5). When the changes could not be found (a shallow clone without tags), it says
 * so and what to fetch, rather than leaving the part out. Pure: the same input gives the same text.
 */
public final class PipelineSummary {

    static final String BUNDLE = "ru.perechen.tp.pipeline.pipeline";

    /**
     * What validation reported.
     *
     * @param changedSince the revision the findings were narrowed to ({@code --changed-since}), or
     *                     {@code null} when the whole register's findings were shown
     * @param scopeProblem why the revision a pull request starts from could not be used, in the
     *                     reader's language, or {@code null}
     */
    public record Checked(long errors, long warnings, String changedSince, String scopeProblem) {
    }

    private final Locale locale;
    private final Messages messages;

    public PipelineSummary(Locale locale) {
        this.locale = locale;
        this.messages = Messages.of(BUNDLE, locale);
    }

    /** The summary with the changes since the latest approved version. */
    public String render(Checked checked, DiffResult diff) {
        StringBuilder out = start(checked);
        out.append(new MarkdownDiffRenderer(locale).render(diff)).append('\n');
        out.append(verdict(diff)).append('\n');
        if (checked.scopeProblem() != null) {
            out.append('\n').append(fetchHint()).append('\n');
        }
        return out.append('\n').toString();
    }

    /** The summary when the changes could not be found; {@code problem} says why, in the reader's language. */
    public String renderWithoutDiff(Checked checked, String problem) {
        StringBuilder out = start(checked);
        out.append("> ").append(messages.text("diff.problem", escape(problem))).append('\n')
                .append(">\n")
                .append("> ").append(fetchHint()).append('\n');
        return out.append('\n').toString();
    }

    private String fetchHint() {
        return messages.text("fetch-history");
    }

    private StringBuilder start(Checked checked) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(messages.text("title")).append("\n\n");
        out.append(messages.text("check.counts", checked.errors(), checked.warnings())).append(' ');
        if (checked.changedSince() != null) {
            out.append(messages.text("check.scope.changed", escape(checked.changedSince())));
        } else if (checked.scopeProblem() != null) {
            out.append(messages.text("check.scope.problem", escape(checked.scopeProblem())));
        } else {
            out.append(messages.text("check.scope.all"));
        }
        if (checked.errors() + checked.warnings() > 0) {
            out.append(' ').append(messages.text("check.where"));
        }
        return out.append("\n\n");
    }

    private String verdict(DiffResult diff) {
        if (diff.from().kind() == RegisterVersion.Side.Kind.EMPTY) {
            return messages.text("verdict.first");
        }
        if (diff.changes().isEmpty()) {
            return messages.text("verdict.no-changes");
        }
        return messages.text(diff.actualizationRequired() ? "verdict.required" : "verdict.not-required");
    }

    private static String escape(String text) {
        return MarkdownDiffRenderer.escape(text);
    }
}
