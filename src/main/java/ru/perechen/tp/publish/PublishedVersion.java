package ru.perechen.tp.publish;

import java.util.Comparator;

/**
 * A folder of a publication holding a readable manifest: an approved version or the draft.
 *
 * @param folder the folder's name in the publication ({@code approved-2026-11-30}, {@code draft})
 */
public record PublishedVersion(String folder, Manifest manifest) {

    /**
     * Newer versions sort later: by the approval's date, then by tag with its numbers read as
     * numbers ({@code approved/2026-11-30.2} after {@code approved/2026-11-30}).
     */
    public static final Comparator<Manifest> NEWEST_LAST = Comparator
            .comparing(Manifest::date, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Manifest::version, IdOrder.IDS);

    public boolean draft() {
        return manifest.draft();
    }
}
