package ru.perechen.tp.history;

import java.util.Locale;
import java.util.Objects;

import ru.perechen.tp.i18n.TerminalText;
import ru.perechen.tp.model.Change;
import ru.perechen.tp.model.Clause;

/**
 * A diff for people at a terminal: a title naming both versions, the changes grouped by the
 * clause that names them (6.3.1, 1.4, 6.3.2, 6.3.3, then the rest), each as
 * {@code id: what changed (file)}, and a closing line saying whether the register must be brought
 * up to date. Text from the register is made safe for the terminal.
 */
public final class TextDiffRenderer {

    private final ChangeTexts texts;

    public TextDiffRenderer(Locale locale) {
        this.texts = new ChangeTexts(locale);
    }

    public String render(DiffResult diff) {
        StringBuilder out = new StringBuilder();
        out.append(safe(texts.text("diff.title", texts.side(diff.from()), texts.side(diff.to())))).append('\n');
        if (diff.from().kind() == RegisterVersion.Side.Kind.EMPTY) {
            out.append(texts.text("diff.note.empty-from")).append('\n');
        }
        Clause group = null;
        boolean first = true;
        for (Change change : diff.changes()) {
            if (first || !Objects.equals(group, change.clause())) {
                group = change.clause();
                first = false;
                out.append('\n').append(texts.group(change.type())).append('\n');
            }
            out.append("  ").append(safe(change.id())).append(": ").append(safe(texts.describe(change)))
                    .append(" (").append(safe(change.file())).append(")\n");
        }
        out.append('\n');
        if (!diff.unreadable().isEmpty()) {
            out.append(safe(texts.text("diff.unreadable", String.join(", ", diff.unreadable())))).append('\n');
        }
        if (diff.changes().isEmpty()) {
            out.append(texts.text("diff.none")).append('\n');
        } else {
            out.append(texts.text("diff.total", diff.changes().size())).append(' ')
                    .append(texts.text(diff.actualizationRequired() ? "diff.actualization" : "diff.no-actualization"))
                    .append('\n');
        }
        return out.toString();
    }

    private static String safe(String text) {
        return TerminalText.safe(text);
    }
}
