package ru.perechen.tp.draft;

import ru.perechen.tp.model.BasisType;

/**
 * The basis of a new record (4.8), as far as it is known: only a person can name the document,
 * so either part may be missing and is then left as a marked place in the file.
 *
 * @param type  the kind of document, or {@code null} when not known yet (then the title is not either)
 * @param title the document's kind, date, number and title, or {@code null} when not known yet
 */
public record BasisDraft(BasisType type, String title) {

    public static final BasisDraft UNKNOWN = new BasisDraft(null, null);

    public BasisDraft {
        if (type == null && title != null) {
            throw new IllegalArgumentException("a basis title needs its type");
        }
        title = title == null || title.isBlank() ? null : title;
    }

    public boolean complete() {
        return type != null && title != null;
    }
}
