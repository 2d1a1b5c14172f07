package ru.perechen.tp.history;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.NoWorkTreeException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.util.FS;

import ru.perechen.tp.concurrent.Failures;
import ru.perechen.tp.load.RegisterLoader;
import ru.perechen.tp.load.RegisterNotFoundException;
import ru.perechen.tp.load.RegisterTooLargeException;
import ru.perechen.tp.model.ApprovedVersion;
import ru.perechen.tp.model.Message;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.RegisterHeader;

/**
 * The Git repository that holds a register folder, seen through what tp needs of it: revisions,
 * the register as committed at one, its approved versions, and new approvals. Everything is read
 * from the object database; nothing is checked out. Each Git condition a user can meet (not a
 * repository, no commits, an unknown revision, a shallow clone, missing objects) becomes a
 * {@link RepositoryException} with a message saying what to do.
 */
public final class RegisterRepository implements AutoCloseable {

    /** The ref that names the newest approved version. */
    public static final String LATEST = "latest";
    /** The ref that names the register folder on disk, committed or not. */
    public static final String WORKTREE = "worktree";

    private final Repository repository;
    private final Path workTree;
    private final Path registerFolder;
    private final String registerPath;

    private RegisterRepository(Repository repository, Path workTree, Path registerFolder, String registerPath) {
        this.repository = repository;
        this.workTree = workTree;
        this.registerFolder = registerFolder;
        this.registerPath = registerPath;
    }

    /** Opens the repository that holds the register folder (the folder itself or any folder above it). */
    public static RegisterRepository open(Path registerFolder) throws RepositoryException {
        // JGit otherwise measures the file system's timestamp resolution in the foreground, which
        // can take seconds in a fresh container; tp never relies on it.
        FS.FileStoreAttributes.setBackground(true);
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true)
                .findGitDir(registerFolder.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            throw RepositoryException.of("git.not-a-repository", registerFolder);
        }
        Repository repository;
        try {
            repository = builder.build();
        } catch (IOException | IllegalArgumentException e) {
            throw new RepositoryException(Message.of("git.not-a-repository", registerFolder), e);
        }
        try {
            Path workTree = repository.getWorkTree().toPath().toRealPath();
            Path folder = registerFolder.toRealPath();
            if (!folder.startsWith(workTree)) {
                throw RepositoryException.of("git.outside-work-tree", registerFolder, workTree);
            }
            String inside = workTree.relativize(folder).toString().replace('\\', '/');
            return new RegisterRepository(repository, workTree, folder, inside);
        } catch (NoWorkTreeException e) {
            repository.close();
            throw new RepositoryException(Message.of("git.not-a-repository", registerFolder), e);
        } catch (IOException e) {
            repository.close();
            throw new RepositoryException(Message.of("git.read-failed", String.valueOf(e.getMessage())), e);
        } catch (RepositoryException e) {
            repository.close();
            throw e;
        }
    }

    /** The register folder's path inside the repository, with {@code /} separators; empty at the repository's root. */
    public String registerPath() {
        return registerPath;
    }

    public Path registerFolder() {
        return registerFolder;
    }

    /** The top folder of the repository's working tree, to which platforms relate the paths they annotate. */
    public Path workTree() {
        return workTree;
    }

    /** The path of a file of the register inside the repository, as Git shows it. */
    public String pathInRepository(String registerFile) {
        return registerPath.isEmpty() ? registerFile : registerPath + "/" + registerFile;
    }

    /** Resolves a tag, a branch, {@code HEAD} or a commit id to a commit. */
    public Revision resolve(String ref) throws RepositoryException {
        ObjectId id;
        try {
            id = repository.resolve(ref + "^{commit}");
        } catch (AmbiguousObjectException e) {
            throw RepositoryException.of("git.ambiguous-ref", ref);
        } catch (RevisionSyntaxException | IncorrectObjectTypeException e) {
            throw RepositoryException.of("git.unknown-ref", ref);
        } catch (MissingObjectException e) {
            throw RepositoryException.of("git.missing-objects", ref);
        } catch (IOException e) {
            throw failed(e);
        }
        if (id == null) {
            throw hasCommits() ? RepositoryException.of("git.unknown-ref", ref) : RepositoryException.of("git.no-commits");
        }
        return new Revision(ref, id.name());
    }

    /** The register as committed at a revision, read in full. */
    public Register load(Revision revision) throws RepositoryException {
        return loadIfPresent(revision).orElseThrow(() -> noRegisterAt(revision));
    }

    /**
     * The register as committed at a revision, or empty when the revision has no register folder
     * or no register.yaml in it (a revision from before the register was added).
     */
    public Optional<Register> loadIfPresent(Revision revision) throws RepositoryException {
        GitRegisterSource source = sourceOrNull(revision);
        return source == null ? Optional.empty() : loadIfPresent(source, revision);
    }

    private static Optional<Register> loadIfPresent(GitRegisterSource source, Revision revision)
            throws RepositoryException {
        try {
            return Optional.of(new RegisterLoader().load(source));
        } catch (RegisterNotFoundException e) {
            return Optional.empty();
        } catch (RegisterTooLargeException e) {
            throw RepositoryException.of("error.too-many-files", e.limit());
        } catch (MissingObjectException e) {
            throw RepositoryException.of("git.missing-objects", revision.ref());
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** The digest of the register at a revision (see {@link RegisterDigest}). */
    public String digest(Revision revision) throws RepositoryException {
        return digest(source(revision), revision);
    }

    private String digest(GitRegisterSource source, Revision revision) throws RepositoryException {
        try {
            return RegisterDigest.of(source);
        } catch (RegisterNotFoundException e) {
            throw noRegisterAt(revision);
        } catch (MissingObjectException e) {
            throw RepositoryException.of("git.missing-objects", revision.ref());
        } catch (CorruptObjectException e) {
            throw RepositoryException.of("git.corrupt", revision.ref(), String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /**
     * The register exactly as an approval fixed it: its content must still have the digest the
     * tag recorded, so a damaged object database (a corrupt or lost object) or a tag whose message
     * does not describe its commit is refused rather than published as if approved.
     *
     * <p>The digest reads every file once, in its fixed order, on one thread; the loader reads them
     * and parses them on the others. They run at once (on two cores the digest then costs little
     * time), over one listing of the tree; the digest is judged first, as if it had been taken first.
     */
    public Register loadApproved(ApprovedVersion version) throws RepositoryException {
        Revision revision = new Revision(version.tag(), version.commit());
        GitRegisterSource source = source(revision);
        CompletableFuture<String> digest = new CompletableFuture<>();
        Thread digesting = new Thread(() -> {
            try {
                digest.complete(digest(source, revision));
            } catch (Throwable e) {
                digest.completeExceptionally(e);
            }
        }, "tp-approval-digest");
        digesting.setDaemon(true);
        digesting.start();
        Optional<Register> register;
        try {
            register = loadIfPresent(source, revision);
        } catch (RepositoryException | RuntimeException | Error e) {
            awaitQuietly(digest);
            if (digest.isCompletedExceptionally()) {
                joined(digest);  // the digest's failure, reported as before, when it was taken first
            }
            throw e;
        }
        String actual = joined(digest);
        if (!actual.equals(version.digest())) {
            throw RepositoryException.of("git.digest-mismatch", version.tag(), version.digest(), actual);
        }
        return register.orElseThrow(() -> noRegisterAt(revision));
    }

    private static void awaitQuietly(CompletableFuture<?> future) {
        try {
            future.handle((value, failure) -> null).join();
        } catch (RuntimeException e) {
            // Only waiting: its outcome is looked at by the caller.
        }
    }

    /** The value computed on the other thread, or its failure rethrown as it was. */
    private static String joined(CompletableFuture<String> future) throws RepositoryException {
        return Failures.join(future, RepositoryException.class);
    }

    /** The register's files at a revision, read from the object database. */
    public GitRegisterSource source(Revision revision) throws RepositoryException {
        GitRegisterSource source = sourceOrNull(revision);
        if (source == null) {
            throw noRegisterAt(revision);
        }
        return source;
    }

    /** The register's files at a revision, or {@code null} when the revision has no register folder. */
    private GitRegisterSource sourceOrNull(Revision revision) throws RepositoryException {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(ObjectId.fromString(revision.commit()));
            ObjectId tree = commit.getTree();
            if (!registerPath.isEmpty()) {
                try (TreeWalk folder = TreeWalk.forPath(repository, registerPath, commit.getTree())) {
                    if (folder == null || folder.getFileMode(0) != FileMode.TREE) {
                        return null;
                    }
                    tree = folder.getObjectId(0);
                }
            }
            return new GitRegisterSource(repository, tree);
        } catch (MissingObjectException e) {
            throw RepositoryException.of("git.missing-objects", revision.ref());
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /**
     * The files of the register folder that differ between a revision and the working tree, as
     * register-relative paths in path order: what was committed since, staged or changed on disk
     * and not staged, new files (tracked or not) and deleted ones. This is what {@code tp validate}
     * reads, so a finding in any other file cannot have been caused by a change to that file.
     * Files whose content is unchanged are recognised from the index's file times without being
     * read again, as {@code git status} does.
     */
    public SortedSet<String> changedSince(Revision base) throws RepositoryException {
        try (TreeWalk walk = new TreeWalk(repository)) {
            // Files on disk are hashed as `git add` would store them (line endings by .gitattributes).
            walk.setOperationType(TreeWalk.OperationType.CHECKIN_OP);
            walk.addTree(commitTree(base));
            int index = walk.addTree(new DirCacheIterator(repository.readDirCache()));
            FileTreeIterator files = new FileTreeIterator(repository);
            files.setDirCacheIterator(walk, index);
            int disk = walk.addTree(files);
            return changedPaths(walk, 0, disk);
        } catch (MissingObjectException e) {
            throw RepositoryException.of("git.missing-objects", base.ref());
        } catch (NoWorkTreeException e) {
            throw new RepositoryException(Message.of("git.read-failed", String.valueOf(e.getMessage())), e);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** The files of the register folder that differ between two revisions, as register-relative paths in path order. */
    public SortedSet<String> changedBetween(Revision base, Revision head) throws RepositoryException {
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(commitTree(base));
            int headTree;
            try {
                headTree = walk.addTree(commitTree(head));
            } catch (MissingObjectException e) {
                throw RepositoryException.of("git.missing-objects", head.ref());
            }
            return changedPaths(walk, 0, headTree);
        } catch (MissingObjectException e) {
            throw RepositoryException.of("git.missing-objects", base.ref());
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private ObjectId commitTree(Revision revision) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.parseCommit(ObjectId.fromString(revision.commit())).getTree();
        }
    }

    /** Walks the register folder and collects the files present on one side only or with other content. */
    private SortedSet<String> changedPaths(TreeWalk walk, int a, int b) throws IOException {
        walk.setRecursive(true);
        if (!registerPath.isEmpty()) {
            walk.setFilter(PathFilter.create(registerPath));
        }
        SortedSet<String> changed = new TreeSet<>();
        while (walk.next()) {
            boolean inA = walk.getRawMode(a) != 0;
            boolean inB = walk.getRawMode(b) != 0;
            if (inA != inB || (inA && !walk.idEqual(a, b))) {
                String path = walk.getPathString();
                changed.add(registerPath.isEmpty() ? path : path.substring(registerPath.length() + 1));
            }
        }
        return Collections.unmodifiableSortedSet(changed);
    }

    /**
     * A side of a diff named as the user names it: {@code worktree}, {@code latest} (the newest
     * approved version, or the empty register when there is none), or any revision.
     */
    public RegisterVersion version(String ref) throws RepositoryException {
        if (WORKTREE.equals(ref)) {
            return RegisterVersion.workingTree(registerFolder);
        }
        if (LATEST.equals(ref)) {
            List<ApprovedVersion> approved = approvedVersions();
            if (approved.isEmpty()) {
                return RegisterVersion.empty();
            }
            return version(new Revision(approved.get(0).tag(), approved.get(0).commit()));
        }
        return version(resolve(ref));
    }

    public RegisterVersion version(Revision revision) throws RepositoryException {
        GitRegisterSource source = source(revision);
        try {
            if (source.readHeader() == null) {
                throw noRegisterAt(revision);
            }
        } catch (IOException e) {
            throw failed(e);
        }
        return RegisterVersion.atRevision(revision, source);
    }

    /**
     * The approved versions, newest first. Refused when the clone may not hold them all (a shallow
     * clone, or a remote fetched without tags while none are here), rather than showing an
     * incomplete history as if it were the whole one.
     */
    public List<ApprovedVersion> approvedVersions() throws RepositoryException {
        try {
            if (!repository.getObjectDatabase().getShallowCommits().isEmpty()) {
                throw RepositoryException.of("git.shallow");
            }
            List<ApprovedVersion> versions = new ApprovalTags(repository).read();
            if (versions.isEmpty()) {
                String remote = remoteWithoutTags();
                if (remote != null) {
                    throw RepositoryException.of("git.tags-not-fetched", remote);
                }
            }
            return versions;
        } catch (MissingObjectException e) {
            throw RepositoryException.of("git.missing-objects", ApprovalTags.PREFIX);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** The files of the register folder that differ from HEAD or are new (only files tp reads), in path order. */
    public List<String> uncommittedChanges() throws RepositoryException {
        try {
            var status = Git.wrap(repository).status();
            if (!registerPath.isEmpty()) {
                status.addPath(registerPath);
            }
            Status result = status.call();
            Set<String> changed = new TreeSet<>();
            changed.addAll(result.getAdded());
            changed.addAll(result.getChanged());
            changed.addAll(result.getRemoved());
            changed.addAll(result.getMissing());
            changed.addAll(result.getModified());
            changed.addAll(result.getConflicting());
            for (String untracked : result.getUntracked()) {
                if (untracked.endsWith(".yaml") || untracked.endsWith(".yml")) {
                    changed.add(untracked);
                }
            }
            return new ArrayList<>(changed);
        } catch (GitAPIException | NoWorkTreeException e) {
            throw new RepositoryException(Message.of("git.read-failed", String.valueOf(e.getMessage())), e);
        }
    }

    /** Git's configured user, or empty when Git would have to guess one from the system account. */
    public java.util.Optional<Tagger> configuredUser() {
        UserConfig user = repository.getConfig().get(UserConfig.KEY);
        if (user.isCommitterNameImplicit() || user.isCommitterEmailImplicit()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Tagger(user.getCommitterName(), user.getCommitterEmail()));
    }

    /**
     * Records an approval: the annotated tag {@code approved/<date>} (or {@code .2}, {@code .3}, …
     * when the day already has one) on the revision's commit.
     */
    public ApprovedVersion approve(Revision revision, String act, LocalDate date, int points, int processes,
                                   String digest, Tagger tagger, boolean signed) throws RepositoryException {
        approvedVersions(); // refuses a shallow clone and stray tags under approved/ before adding one
        ApprovalTags tags = new ApprovalTags(repository);
        ApprovalMessage message = new ApprovalMessage(act, date, points, processes, digest);
        try {
            String name = tags.nextName(date);
            tags.create(name, ObjectId.fromString(revision.commit()), message, tagger, signed);
            return new ApprovedVersion(name, act, date, revision.commit(), points, processes, digest);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** The signature of an approved version's tag, checked with the public keys of the user's GnuPG keyring. */
    public TagSignature signature(ApprovedVersion version) throws RepositoryException {
        try {
            return new ApprovalTags(repository).signature(version.tag());
        } catch (MissingObjectException e) {
            throw RepositoryException.of("git.missing-objects", version.tag());
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /**
     * The digest of the register at a commit computed afresh, to compare with what its approval
     * tag recorded.
     */
    public String digestAt(ApprovedVersion version) throws RepositoryException {
        return digest(new Revision(version.tag(), version.commit()));
    }

    @Override
    public void close() {
        repository.close();
    }

    private boolean hasCommits() {
        try {
            return repository.resolve(Constants.HEAD) != null
                    || !repository.getRefDatabase().getRefsByPrefix(Constants.R_REFS).isEmpty();
        } catch (IOException e) {
            return true;
        }
    }

    private String remoteWithoutTags() {
        Config config = repository.getConfig();
        for (String remote : new TreeSet<>(config.getSubsections("remote"))) {
            if ("--no-tags".equals(config.getString("remote", remote, "tagopt"))) {
                return remote;
            }
        }
        return null;
    }

    private RepositoryException noRegisterAt(Revision revision) {
        return RepositoryException.of("git.no-register-at", revision.ref(), pathInRepository(RegisterHeader.FILE));
    }

    private static RepositoryException failed(IOException e) {
        return new RepositoryException(Message.of("git.read-failed", String.valueOf(e.getMessage())), e);
    }
}
