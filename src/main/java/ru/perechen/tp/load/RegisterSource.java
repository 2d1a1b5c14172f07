package ru.perechen.tp.load;

import java.io.IOException;
import java.util.List;

import ru.perechen.tp.model.ReadProblem;

/**
 * Where a register's files come from: a folder on disk, or a tree in Git's object database.
 * The loader sees only this, so the same rules run on the working tree and on an approved version.
 */
public interface RegisterSource {

    /**
     * The most record files a register may hold: five times the largest consolidated register
     * we plan for (100,000 points and their processes).
     */
    int MAX_RECORD_FILES = 600_000;

    /** The bytes of register.yaml, or {@code null} when the source has none. */
    byte[] readHeader() throws IOException;

    /** The record files under {@code points/} and {@code processes/}, sorted by path, and what was wrong with the listing. */
    Listing list() throws IOException;

    byte[] read(RecordFile file) throws IOException;

    /**
     * The record files found and the problems met while listing them (links out of the register,
     * files with the wrong extension).
     */
    record Listing(List<RecordFile> files, List<ReadProblem> problems) {
    }
}
