package ru.perechen.tp.model;

import java.time.LocalDate;

/**
 * A version of the register approved by an internal act (6.1), as recorded in its annotated Git
 * tag {@code approved/<date>[.n]}.
 *
 * @param commit the full commit id the tag points to
 * @param digest the SHA-256 of the register's content at that commit ({@code sha256:<hex>})
 */
public record ApprovedVersion(String tag, String act, LocalDate date, String commit, int points, int processes,
                              String digest) {

    /** The folder name of the version in a publication: the tag with {@code /} as {@code -}. */
    public String folderName() {
        return tag.replace('/', '-');
    }
}
