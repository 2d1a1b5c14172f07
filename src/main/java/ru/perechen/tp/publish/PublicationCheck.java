package ru.perechen.tp.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import ru.perechen.tp.files.ContainedPath;
import ru.perechen.tp.model.ApprovedVersion;

/**
 * Checks a publication folder against its manifests: every file with its size and SHA-256, no
 * file the manifest does not list, the record hashes and root recomputed from
 * {@code perechen.json}, and {@code current} naming a published folder. A second step compares a
 * version's manifest with its approval tag (see {@link #againstApproval}). Reads only; every path
 * a manifest names is checked to stay inside its folder before it is opened.
 */
public final class PublicationCheck {

    /** What differs from what the manifests (or the approval tag) say. */
    public enum Kind {
        FILE_CHANGED, FILE_MISSING, FILE_ADDED, FILE_UNSAFE_PATH, MANIFEST_UNREADABLE,
        RECORD_CHANGED, RECORD_MISSING, RECORD_ADDED, RECORDS_UNREADABLE, ROOT_CHANGED,
        CURRENT_MISSING,
        TAG_MISSING, COMMIT_CHANGED, DIGEST_CHANGED, TAG_DIGEST_WRONG, SIGNATURE_BAD, SIGNATURE_MISSING
    }

    /**
     * One difference.
     *
     * @param folder  the version's folder name ({@code ""} for DIR itself)
     * @param subject the file, record key or tag concerned
     * @param expected what the manifest (or tag) says; may be empty
     * @param found    what is there; may be empty
     */
    public record Difference(Kind kind, String folder, String subject, String expected, String found) {
    }

    /** A version folder that was checked and what differs in it. */
    public record CheckedFolder(String folder, Manifest manifest, int files, int records, List<Difference> differences) {
    }

    /**
     * The whole check.
     *
     * @param single whether DIR is one version's folder rather than a publication folder
     */
    public record Result(Path dir, boolean single, List<CheckedFolder> folders, List<Difference> differences) {

        /** Every difference, DIR's own first, then by folder. */
        public List<Difference> all() {
            List<Difference> all = new ArrayList<>(differences);
            folders.forEach(folder -> all.addAll(folder.differences()));
            return all;
        }
    }

    /** DIR holds no published version: no manifest in it or in any folder of it. */
    public static final class NotAPublicationException extends Exception {
        private static final long serialVersionUID = 1L;

        NotAPublicationException(Path dir) {
            super(dir.toString());
        }
    }

    private PublicationCheck() {
    }

    public static Result check(Path dir) throws IOException, NotAPublicationException {
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new NotAPublicationException(root);
        }
        if (Files.isRegularFile(root.resolve(Manifest.FILE), LinkOption.NOFOLLOW_LINKS)) {
            String name = root.getFileName() == null ? "" : root.getFileName().toString();
            return new Result(root, true, List.of(checkFolder(root, name)), List.of());
        }
        List<Difference> own = new ArrayList<>();
        List<CheckedFolder> folders = new ArrayList<>();
        Set<String> published = new TreeSet<>();
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(root)) {
            stream.forEach(entries::add);
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        boolean anyManifest = false;
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            boolean folder = Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS);
            if (name.startsWith(PublishTarget.HIDDEN_PREFIX)) {
                continue; // the lock, and what an interrupted run left for the next one to remove
            }
            if (folder && PublishTarget.isVersionFolderName(name)) {
                if (Files.exists(entry.resolve(Manifest.FILE), LinkOption.NOFOLLOW_LINKS)) {
                    anyManifest = true;
                    published.add(name);
                    folders.add(checkFolder(entry, name));
                } else {
                    own.add(new Difference(Kind.FILE_MISSING, name, Manifest.FILE, "", ""));
                }
            } else if (!(name.equals(PublishTarget.INDEX) || name.equals(PublishTarget.CURRENT)) || folder) {
                own.add(new Difference(Kind.FILE_ADDED, "", name, "", ""));
            }
        }
        if (!anyManifest) {
            throw new NotAPublicationException(root);
        }
        if (!Files.isRegularFile(root.resolve(PublishTarget.INDEX), LinkOption.NOFOLLOW_LINKS)) {
            own.add(new Difference(Kind.FILE_MISSING, "", PublishTarget.INDEX, "", ""));
        }
        Optional<String> current = new PublishTarget(root).current();
        Path currentFile = root.resolve(PublishTarget.CURRENT);
        if (Files.exists(currentFile, LinkOption.NOFOLLOW_LINKS)
                && (current.isEmpty() || !published.contains(current.get()))) {
            own.add(new Difference(Kind.CURRENT_MISSING, "", PublishTarget.CURRENT, "",
                    current.orElse("")));
        }
        return new Result(root, false, folders, own);
    }

    private static CheckedFolder checkFolder(Path folder, String name) throws IOException {
        Optional<Manifest> read = Manifest.read(folder);
        if (read.isEmpty()) {
            return new CheckedFolder(name, null, 0, 0,
                    List.of(new Difference(Kind.MANIFEST_UNREADABLE, name, Manifest.FILE, "", "")));
        }
        Manifest manifest = read.get();
        List<Difference> differences = new ArrayList<>();
        Set<String> listed = new TreeSet<>();
        for (Manifest.FileEntry file : manifest.files()) {
            listed.add(file.path());
            Path path;
            try {
                path = ContainedPath.resolve(folder, file.path());
            } catch (ContainedPath.OutsideFolderException e) {
                differences.add(new Difference(Kind.FILE_UNSAFE_PATH, name, file.path(), "", ""));
                continue;
            }
            if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                differences.add(new Difference(Kind.FILE_MISSING, name, file.path(), "", ""));
                continue;
            }
            long size = Files.size(path);
            String sha256 = DurableFiles.sha256(path);
            if (size != file.size() || !sha256.equals(file.sha256())) {
                differences.add(new Difference(Kind.FILE_CHANGED, name, file.path(),
                        file.size() + " " + file.sha256(), size + " " + sha256));
            }
        }
        List<String> present = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entry -> present.add(entry.getFileName().toString()));
        }
        present.sort(null);
        for (String entry : present) {
            if (!entry.equals(Manifest.FILE) && !listed.contains(entry)) {
                differences.add(new Difference(Kind.FILE_ADDED, name, entry, "", ""));
            }
        }
        RecordDigests records = manifest.records();
        if (records.root() != null) {
            if (!RecordDigests.sorted(records.records()).root().equals(records.root())) {
                differences.add(new Difference(Kind.ROOT_CHANGED, name, Manifest.FILE, records.root(),
                        RecordDigests.sorted(records.records()).root()));
            }
            Path json = folder.resolve(SnapshotFiles.JSON);
            if (Files.isRegularFile(json, LinkOption.NOFOLLOW_LINKS)) {
                try (InputStream in = Files.newInputStream(json)) {
                    differences.addAll(compare(name, records, RecordDigests.of(in)));
                } catch (IOException e) {
                    differences.add(new Difference(Kind.RECORDS_UNREADABLE, name, SnapshotFiles.JSON, "",
                            String.valueOf(e.getMessage())));
                }
            }
        }
        return new CheckedFolder(name, manifest, manifest.files().size(), records.records().size(), differences);
    }

    /** The differences between the records a manifest lists and those found (in a file or at a tag). */
    public static List<Difference> compare(String folder, RecordDigests expected, RecordDigests found) {
        Map<String, String> want = byKey(expected);
        Map<String, String> have = byKey(found);
        List<Difference> differences = new ArrayList<>();
        Set<String> keys = new TreeSet<>(want.keySet());
        keys.addAll(have.keySet());
        for (String key : keys) {
            String a = want.get(key);
            String b = have.get(key);
            if (a == null) {
                differences.add(new Difference(Kind.RECORD_ADDED, folder, key, "", b));
            } else if (b == null) {
                differences.add(new Difference(Kind.RECORD_MISSING, folder, key, a, ""));
            } else if (!a.equals(b)) {
                differences.add(new Difference(Kind.RECORD_CHANGED, folder, key, a, b));
            }
        }
        if (differences.isEmpty() && expected.root() != null && !expected.root().equals(found.root())) {
            differences.add(new Difference(Kind.ROOT_CHANGED, folder, Manifest.FILE, expected.root(), found.root()));
        }
        return differences;
    }

    private static Map<String, String> byKey(RecordDigests digests) {
        Map<String, String> map = new LinkedHashMap<>();
        for (RecordDigests.Entry entry : digests.records()) {
            // a key twice (a draft with a duplicate id) keeps both hashes, so any change to either shows
            map.merge(entry.key(), entry.sha256(), (a, b) -> a + "+" + b);
        }
        return map;
    }

    /**
     * Compares a published version with its approval tag.
     *
     * @param tag            the approval as the repository records it; empty when there is no such tag
     * @param digestAtCommit the register digest recomputed from the tag's commit
     * @param recordsAtTag   the records of the register at the tag, as publishing would hash them
     */
    public static List<Difference> againstApproval(CheckedFolder checked, Optional<ApprovedVersion> tag,
                                                   String digestAtCommit, RecordDigests recordsAtTag) {
        Manifest manifest = checked.manifest();
        String folder = checked.folder();
        List<Difference> differences = new ArrayList<>();
        if (tag.isEmpty()) {
            differences.add(new Difference(Kind.TAG_MISSING, folder, manifest.version(), "", ""));
            return differences;
        }
        ApprovedVersion version = tag.get();
        if (!version.commit().equals(manifest.commit())) {
            differences.add(new Difference(Kind.COMMIT_CHANGED, folder, version.tag(), String.valueOf(manifest.commit()),
                    version.commit()));
        }
        if (manifest.digest() != null && !manifest.digest().equals(version.digest())) {
            differences.add(new Difference(Kind.DIGEST_CHANGED, folder, version.tag(), manifest.digest(),
                    version.digest()));
        }
        if (!version.digest().equals(digestAtCommit)) {
            differences.add(new Difference(Kind.TAG_DIGEST_WRONG, folder, version.tag(), version.digest(),
                    digestAtCommit));
        }
        if (manifest.records().root() != null) {
            differences.addAll(compare(folder, manifest.records(), recordsAtTag));
        }
        return differences;
    }
}
