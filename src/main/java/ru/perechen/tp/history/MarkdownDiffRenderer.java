package ru.perechen.tp.history;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import ru.perechen.tp.i18n.MarkdownText;
import ru.perechen.tp.i18n.TerminalText;
import ru.perechen.tp.model.Change;
import ru.perechen.tp.model.ChangeType;
import ru.perechen.tp.model.Clause;

/**
 * A diff for a pull-request description: a title, a summary table (clause, kind of change, count),
 * whether the register must be brought up to date, then the details grouped by clause. Text from
 * the register is escaped, so a value cannot turn into links, markup or HTML.
 */
public final class MarkdownDiffRenderer {

    private final ChangeTexts texts;

    public MarkdownDiffRenderer(Locale locale) {
        this.texts = new ChangeTexts(locale);
    }

    public String render(DiffResult diff) {
        StringBuilder out = new StringBuilder();
        out.append("### ").append(escape(texts.text("diff.title", texts.side(diff.from()), texts.side(diff.to()))))
                .append("\n\n");
        if (diff.from().kind() == RegisterVersion.Side.Kind.EMPTY) {
            out.append("> ").append(escape(texts.text("diff.note.empty-from"))).append("\n\n");
        }
        if (!diff.unreadable().isEmpty()) {
            out.append("> ").append(escape(texts.text("diff.unreadable", String.join(", ", diff.unreadable()))))
                    .append("\n\n");
        }
        if (diff.changes().isEmpty()) {
            out.append(texts.text("diff.none")).append('\n');
            return out.toString();
        }
        Map<ChangeType, Integer> counts = new EnumMap<>(ChangeType.class);
        diff.changes().forEach(change -> counts.merge(change.type(), 1, Integer::sum));
        out.append("| ").append(texts.text("markdown.clause")).append(" | ").append(texts.text("markdown.change"))
                .append(" | ").append(texts.text("markdown.count")).append(" |\n|---|---|---:|\n");
        counts.forEach((type, count) -> out.append("| ").append(type.clause() == null ? "—" : type.clause().number())
                .append(" | ").append(texts.typeName(type)).append(" | ").append(count).append(" |\n"));
        out.append('\n').append("**").append(texts.text("diff.total", diff.changes().size())).append(' ')
                .append(texts.text(diff.actualizationRequired() ? "diff.actualization" : "diff.no-actualization"))
                .append("**\n");

        Clause group = null;
        boolean first = true;
        for (Change change : diff.changes()) {
            if (first || !Objects.equals(group, change.clause())) {
                group = change.clause();
                first = false;
                out.append("\n#### ").append(escape(texts.group(change.type()))).append("\n\n");
            }
            out.append("- **").append(escape(change.id())).append("**: ").append(escape(texts.describe(change)))
                    .append(" — ").append(code(change.file())).append('\n');
        }
        return out.toString();
    }

    /** Markdown text that shows exactly what it says: markup characters escaped, HTML neutralised, one line. */
    public static String escape(String text) {
        return MarkdownText.escape(text);
    }

    /** A file path as inline code; a backtick in it would end the span, so it is dropped. */
    private static String code(String path) {
        return "`" + (path == null ? "" : path.replace("`", "").replace('\n', ' ')) + "`";
    }
}
