package ru.perechen.tp.history;

/**
 * A revision the user named, resolved to a commit.
 *
 * @param ref    what names it: a tag, a branch, {@code HEAD}, an abbreviated or full commit id
 * @param commit the full id of the commit
 */
public record Revision(String ref, String commit) {

    /** The commit id as people quote it: its first seven digits. */
    public String shortCommit() {
        return commit.substring(0, 7);
    }
}
