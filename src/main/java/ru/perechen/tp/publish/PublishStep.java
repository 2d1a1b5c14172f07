package ru.perechen.tp.publish;

/**
 * The steps of a publication, in order. A {@link PublishListener} hears each one as it completes;
 * tests use it to fail a publication at every step and check that the folder is left as it was
 * before or as it is after.
 */
public enum PublishStep {
    /** The lock on the folder is held. */
    LOCKED,
    /** What an interrupted run left behind has been removed or restored. */
    RECOVERED,
    /** One file of the snapshot has been written and flushed into the temporary folder (detail: its name). */
    FILE_WRITTEN,
    /** Every file and the manifest are written and flushed; nothing is visible yet. */
    SNAPSHOT_WRITTEN,
    /** When a folder is replaced (a draft, or {@code --replace}): the old one has been moved aside. */
    OLD_MOVED_ASIDE,
    /** The snapshot's folder has its final name. */
    PLACED,
    /** The folder index ({@code DIR/index.html}) lists the new version. */
    INDEX_WRITTEN,
    /** {@code DIR/current} names the new version (not reached for a draft or an older version). */
    CURRENT_WRITTEN
}
