package ru.perechen.tp.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;

import ru.perechen.tp.load.RecordFile;
import ru.perechen.tp.load.RegisterLoader;
import ru.perechen.tp.load.RegisterSource;
import ru.perechen.tp.load.WorkingTreeSource;
import ru.perechen.tp.model.Register;

/**
 * One side of a comparison: the register at a revision, in the working tree, or the empty register
 * (before the first approved version). What a diff needs from a side is which record files it has
 * (by path, with the Git blob id of their content, so equal content is seen without parsing) and
 * the parsed records of a chosen few of them.
 */
public abstract sealed class RegisterVersion {

    private final Side side;

    private RegisterVersion(Side side) {
        this.side = side;
    }

    /** How a side is named in a diff: its ref as resolved and its commit ({@code null} for the working tree and the empty register). */
    public record Side(Kind kind, String ref, String commit) {

        public enum Kind { EMPTY, REVISION, WORKING_TREE }
    }

    public Side side() {
        return side;
    }

    /** The register before anything was approved: no header, no records. */
    public static RegisterVersion empty() {
        return new Empty();
    }

    /** The register folder as it is on disk, committed or not. */
    public static RegisterVersion workingTree(Path registerFolder) {
        return new WorkingTree(registerFolder);
    }

    static RegisterVersion atRevision(Revision revision, GitRegisterSource source) {
        return new AtRevision(revision, source);
    }

    /** The Git tree this side is read from, when it is one (a revision). */
    GitRegisterSource gitSource() {
        return null;
    }

    /** The record files by path, with the Git blob id of their content. */
    abstract Map<String, ObjectId> recordBlobs() throws IOException;

    /** The register with register.yaml and only the given record files parsed. */
    abstract Register load(Set<String> paths) throws IOException;

    /** The raw bytes of one record file (scanned, not parsed). */
    abstract byte[] read(String path) throws IOException;

    /** How many record files this side has parsed so far. */
    abstract int recordsParsed();

    private static final class Empty extends RegisterVersion {
        Empty() {
            super(new Side(Side.Kind.EMPTY, null, null));
        }

        @Override
        Map<String, ObjectId> recordBlobs() {
            return Map.of();
        }

        @Override
        Register load(Set<String> paths) {
            return Register.empty();
        }

        @Override
        byte[] read(String path) throws IOException {
            throw new IOException("the empty register has no files");
        }

        @Override
        int recordsParsed() {
            return 0;
        }
    }

    private static final class AtRevision extends RegisterVersion {
        private final GitRegisterSource source;
        private Map<String, ObjectId> blobs;

        AtRevision(Revision revision, GitRegisterSource source) {
            super(new Side(Side.Kind.REVISION, revision.ref(), revision.commit()));
            this.source = source;
        }

        @Override
        GitRegisterSource gitSource() {
            return source;
        }

        @Override
        Map<String, ObjectId> recordBlobs() throws IOException {
            if (blobs == null) {
                blobs = source.recordBlobs();
            }
            return blobs;
        }

        @Override
        Register load(Set<String> paths) throws IOException {
            return new RegisterLoader().load(source.restrictedTo(paths));
        }

        @Override
        byte[] read(String path) throws IOException {
            return source.readBlob(recordBlobs().get(path));
        }

        @Override
        int recordsParsed() {
            return source.recordsRead();
        }
    }

    /**
     * The working tree: every record file is read once to learn its blob id (as {@code git hash-object}
     * would), and only the files whose id differs from the other side are parsed.
     */
    private static final class WorkingTree extends RegisterVersion {
        private final Path folder;
        private final AtomicInteger parsed = new AtomicInteger();
        private WorkingTreeSource source;
        private Map<String, RecordFile> files;
        private Map<String, ObjectId> blobs;

        WorkingTree(Path folder) {
            super(new Side(Side.Kind.WORKING_TREE, "worktree", null));
            this.folder = folder;
        }

        @Override
        Map<String, ObjectId> recordBlobs() throws IOException {
            if (blobs == null) {
                source = new WorkingTreeSource(folder);
                files = new LinkedHashMap<>();
                blobs = new HashMap<>();
                try (ObjectInserter.Formatter formatter = new ObjectInserter.Formatter()) {
                    for (RecordFile file : source.list().files()) {
                        files.put(file.path(), file);
                        blobs.put(file.path(), formatter.idFor(Constants.OBJ_BLOB, source.read(file)));
                    }
                }
            }
            return blobs;
        }

        @Override
        Register load(Set<String> paths) throws IOException {
            recordBlobs();
            List<RecordFile> chosen = files.values().stream().filter(file -> paths.contains(file.path())).toList();
            return new RegisterLoader().load(new RegisterSource() {
                @Override
                public byte[] readHeader() throws IOException {
                    return source.readHeader();
                }

                @Override
                public Listing list() {
                    return new Listing(chosen, List.of());
                }

                @Override
                public byte[] read(RecordFile file) throws IOException {
                    parsed.incrementAndGet();
                    return source.read(file);
                }
            });
        }

        @Override
        byte[] read(String path) throws IOException {
            recordBlobs();
            return source.read(files.get(path));
        }

        @Override
        int recordsParsed() {
            return parsed.get();
        }
    }
}
