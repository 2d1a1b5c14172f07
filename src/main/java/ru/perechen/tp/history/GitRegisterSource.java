package ru.perechen.tp.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import ru.perechen.tp.load.RecordFile;
import ru.perechen.tp.load.RegisterTooLargeException;
import ru.perechen.tp.load.RegisterSource;
import ru.perechen.tp.model.Location;
import ru.perechen.tp.model.Message;
import ru.perechen.tp.model.ReadProblem;
import ru.perechen.tp.model.RegisterHeader;

/**
 * The register as committed: register.yaml and the record files of the register's folder, read
 * from a tree in Git's object database (no checkout). The listing follows the working tree's rules
 * (only {@code *.yaml} records, {@code *.yml} reported, hidden folders skipped); a symbolic link
 * or a submodule is never followed, only reported. Sizes come from the object headers, so an
 * oversized blob is refused unread.
 *
 * <p>A source may be restricted to some paths: the diff parses only the files whose blobs differ.
 * Every record blob handed out by {@link #read} is counted, so callers can show how much was parsed.
 */
public final class GitRegisterSource implements RegisterSource {

    private final Repository repository;
    private final ObjectId registerTree;
    private final Set<String> only;
    private final AtomicInteger recordsRead;
    private Listing listing;

    GitRegisterSource(Repository repository, ObjectId registerTree) {
        this(repository, registerTree, null, new AtomicInteger());
    }

    private GitRegisterSource(Repository repository, ObjectId registerTree, Set<String> only,
                              AtomicInteger recordsRead) {
        this.repository = repository;
        this.registerTree = registerTree;
        this.only = only;
        this.recordsRead = recordsRead;
    }

    /** The same tree, listing only the given record paths; reads are counted together with this source's. */
    GitRegisterSource restrictedTo(Set<String> paths) {
        return new GitRegisterSource(repository, registerTree, Set.copyOf(paths), recordsRead);
    }

    /** How many record files were read (and so parsed by the loader) through this source and its restrictions. */
    public int recordsRead() {
        return recordsRead.get();
    }

    @Override
    public byte[] readHeader() throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repository, RegisterHeader.FILE, registerTree)) {
            if (walk == null || !isFile(walk.getFileMode(0))) {
                return null;
            }
            return readBlob(walk.getObjectId(0));
        }
    }

    /**
     * The listing, made once: the approval digest and the loader both ask for it, at once. A
     * listing that fails is not kept, so each asker meets the failure.
     */
    @Override
    public synchronized Listing list() throws IOException {
        if (listing == null) {
            listing = listOnce();
        }
        return listing;
    }

    private Listing listOnce() throws IOException {
        List<RecordFile> files = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        try (ObjectReader reader = repository.newObjectReader()) {
            walk(reader, (entry) -> {
                if (only != null && !only.contains(entry.path())) {
                    return;
                }
                if (entry.problem() != null) {
                    problems.add(entry.problem());
                } else {
                    if (files.size() >= MAX_RECORD_FILES) {
                        throw new RegisterTooLargeException(MAX_RECORD_FILES);
                    }
                    long size = reader.getObjectSize(entry.id(), Constants.OBJ_BLOB);
                    files.add(new RecordFile(entry.path(), entry.type(), size, entry.id()));
                }
            });
        }
        files.sort(Comparator.comparing(RecordFile::path));
        return new Listing(List.copyOf(files), List.copyOf(problems));
    }

    /**
     * The record files that differ between this tree and another of the same repository, by path,
     * with the blob id on each side where the file is there. Subtrees whose ids are equal are skipped
     * unread, so comparing two versions of a large register costs what changed, not what it holds.
     */
    ChangedFiles changedAgainst(GitRegisterSource other) throws IOException {
        Map<String, ObjectId> here = new HashMap<>();
        Map<String, ObjectId> there = new HashMap<>();
        try (ObjectReader reader = repository.newObjectReader()) {
            for (RecordFile.RecordType type : RecordFile.RecordType.values()) {
                ObjectId mine = folderTree(reader, type);
                ObjectId theirs = other.folderTree(reader, type);
                if (mine == null ? theirs == null : mine.equals(theirs)) {
                    continue;
                }
                try (TreeWalk walk = new TreeWalk(repository, reader)) {
                    addTree(walk, mine);
                    addTree(walk, theirs);
                    walk.setRecursive(false);
                    walk.setFilter(TreeFilter.ANY_DIFF);
                    while (walk.next()) {
                        String name = walk.getNameString();
                        if (walk.isSubtree()) {
                            if (!name.startsWith(".")) {
                                walk.enterSubtree();
                            }
                            continue;
                        }
                        if (!name.endsWith(".yaml") || (name.startsWith(".") && !name.equals(".yaml"))) {
                            continue;
                        }
                        boolean inMine = isFile(walk.getFileMode(0));
                        boolean inTheirs = isFile(walk.getFileMode(1));
                        if (inMine && inTheirs && walk.idEqual(0, 1)) {
                            continue;  // only the mode changed: the same record
                        }
                        String path = type.folder() + "/" + walk.getPathString();
                        if (inMine) {
                            here.put(path, walk.getObjectId(0));
                        }
                        if (inTheirs) {
                            there.put(path, walk.getObjectId(1));
                        }
                    }
                }
            }
        }
        return new ChangedFiles(here, there);
    }

    /** Record files that differ between two trees: each side's by path, with their blob ids. */
    record ChangedFiles(Map<String, ObjectId> here, Map<String, ObjectId> there) {
    }

    boolean sameRepositoryAs(GitRegisterSource other) {
        return repository == other.repository;
    }

    /** The tree of {@code points/} or {@code processes/}, or {@code null} when there is none (or not a folder). */
    private ObjectId folderTree(ObjectReader reader, RecordFile.RecordType type) throws IOException {
        try (TreeWalk top = TreeWalk.forPath(reader, type.folder(), registerTree)) {
            return top != null && top.getFileMode(0) == FileMode.TREE ? top.getObjectId(0) : null;
        }
    }

    private static void addTree(TreeWalk walk, ObjectId tree) throws IOException {
        if (tree == null) {
            walk.addTree(new EmptyTreeIterator());
        } else {
            walk.addTree(tree);
        }
    }

    /** The record files of the tree by path, with their blob ids: what the diff compares before parsing anything. */
    Map<String, ObjectId> recordBlobs() throws IOException {
        Map<String, ObjectId> blobs = new LinkedHashMap<>();
        try (ObjectReader reader = repository.newObjectReader()) {
            walk(reader, entry -> {
                if (entry.problem() == null) {
                    blobs.put(entry.path(), entry.id());
                }
            });
        }
        return blobs;
    }

    @Override
    public byte[] read(RecordFile file) throws IOException {
        recordsRead.incrementAndGet();
        try {
            return readBlob((ObjectId) file.key());
        } catch (MissingObjectException e) {
            // Not a problem of one file but of the clone: end the whole load (the loader unwraps this).
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bytes of a blob, whole (the digest covers every byte; the loader never asks for a record
     * over the parser's limit, because the listing gives sizes first).
     */
    byte[] readBlob(ObjectId id) throws IOException {
        try (InputStream in = repository.open(id, Constants.OBJ_BLOB).openStream()) {
            return in.readAllBytes();
        }
    }

    private record Entry(String path, RecordFile.RecordType type, ObjectId id, ReadProblem problem) {
    }

    private interface EntryVisitor {
        void visit(Entry entry) throws IOException;
    }

    private void walk(ObjectReader reader, EntryVisitor visitor) throws IOException {
        for (RecordFile.RecordType type : RecordFile.RecordType.values()) {
            try (TreeWalk top = TreeWalk.forPath(reader, type.folder(), registerTree)) {
                if (top == null) {
                    continue;
                }
                FileMode mode = top.getFileMode(0);
                if (mode == FileMode.SYMLINK || mode == FileMode.GITLINK) {
                    visitor.visit(new Entry(type.folder(), type, null, notFollowed(type.folder())));
                    continue;
                }
                if (mode != FileMode.TREE) {
                    continue;
                }
                walkFolder(reader, type, top.getObjectId(0), visitor);
            }
        }
    }

    private void walkFolder(ObjectReader reader, RecordFile.RecordType type, ObjectId folderTree,
                            EntryVisitor visitor) throws IOException {
        TreeFilter filter = TreeFilter.ALL;
        if (only != null) {
            // A restricted source descends only towards its paths: a diff asks for a few files of a large tree.
            String prefix = type.folder() + "/";
            List<String> inside = only.stream().filter(path -> path.startsWith(prefix))
                    .map(path -> path.substring(prefix.length())).toList();
            if (inside.isEmpty()) {
                return;
            }
            filter = PathFilterGroup.createFromStrings(inside);
        }
        try (TreeWalk walk = new TreeWalk(repository, reader)) {
            walk.addTree(folderTree);
            walk.setRecursive(false);
            walk.setFilter(filter);
            while (walk.next()) {
                String name = walk.getNameString();
                String path = type.folder() + "/" + walk.getPathString();
                FileMode mode = walk.getFileMode(0);
                if (walk.isSubtree()) {
                    if (!name.startsWith(".")) {
                        walk.enterSubtree();
                    }
                    continue;
                }
                boolean yaml = name.endsWith(".yaml");
                if (mode == FileMode.SYMLINK || mode == FileMode.GITLINK) {
                    if (yaml || name.endsWith(".yml") || mode == FileMode.GITLINK) {
                        visitor.visit(new Entry(path, type, null, notFollowed(path)));
                    }
                    continue;
                }
                if (name.endsWith(".yml")) {
                    visitor.visit(new Entry(path, type, null, new ReadProblem(ReadProblem.Kind.FILE_NAME,
                            Location.ofFile(path), Message.of("yml-extension", name),
                            Message.of("hint.rename-yaml", name.substring(0, name.length() - 4) + ".yaml"))));
                    continue;
                }
                if (!yaml || (name.startsWith(".") && !name.equals(".yaml")) || !isFile(mode)) {
                    continue;
                }
                visitor.visit(new Entry(path, type, walk.getObjectId(0), null));
            }
        }
    }

    private static boolean isFile(FileMode mode) {
        return mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
    }

    private static ReadProblem notFollowed(String path) {
        return new ReadProblem(ReadProblem.Kind.SYNTAX, Location.ofFile(path), Message.of("symlink-in-git"),
                Message.of("hint.no-links"));
    }
}
