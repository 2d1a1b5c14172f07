package ru.perechen.tp.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The folder on the shared storage that holds the published versions ({@code DIR}): one folder per
 * version, the list of them ({@code index.html}), the name of the newest ({@code current}), and the
 * hidden lock and temporary files of publications under way.
 *
 * <p>Nothing becomes visible half-written: a folder or file is made complete under a hidden name
 * (starting with {@code .tp-}), flushed, and renamed into place in one step; a replaced folder is
 * first moved aside under a hidden name, so that a run interrupted between the two renames can be
 * put back by the next one ({@link #recover}). Every path it touches is checked to stay inside DIR.
 */
public final class PublishTarget {

    /** The plain-text file naming the folder of the newest published version. */
    public static final String CURRENT = "current";
    /** The list of published versions. */
    public static final String INDEX = "index.html";

    static final String HIDDEN_PREFIX = ".tp-";
    private static final String TEMP_FOLDER = ".tp-tmp-";
    private static final String ASIDE_FOLDER = ".tp-old-";
    private static final String TEMP_FILE = ".tp-file-";
    /** A version's folder name: a letter or digit first (never hidden, never {@code ..}), no separators. */
    private static final Pattern FOLDER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;

    /** The publication folder at {@code dir}; nothing is created or read until asked. */
    public PublishTarget(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** Creates DIR (and its parents) when it does not exist yet. */
    void create() throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new PublishException(PublishException.Reason.NOT_A_FOLDER, dir);
        }
        Files.createDirectories(dir);
    }

    public Path dir() {
        return dir;
    }

    /** A path directly inside DIR for a name of our own or a version's folder name, refusing any other. */
    Path inside(String name) {
        boolean ours = name.startsWith(HIDDEN_PREFIX) && name.indexOf('/') < 0 && name.indexOf('\\') < 0
                && !name.contains("..");
        boolean fixed = name.equals(CURRENT) || name.equals(INDEX) || name.equals(PublishLock.FILE);
        if (!(ours || fixed || isVersionFolderName(name))) {
            throw new PublishException(PublishException.Reason.UNSAFE_NAME, name);
        }
        Path path = dir.resolve(name).normalize();
        if (!dir.equals(path.getParent())) {
            throw new PublishException(PublishException.Reason.UNSAFE_NAME, name);
        }
        return path;
    }

    /** Whether a folder name is one a version may be published under. */
    static boolean isVersionFolderName(String name) {
        return FOLDER_NAME.matcher(name).matches() && !name.equals(CURRENT) && !name.equals(INDEX);
    }

    /**
     * Puts DIR back into a whole state after an interrupted run: temporary folders and files are
     * removed; a folder moved aside is put back when its replacement never arrived, or removed when
     * it did. Call only while holding the lock, so that no running publication is disturbed.
     */
    void recover() throws IOException {
        List<Path> hidden = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, HIDDEN_PREFIX + "*")) {
            entries.forEach(hidden::add);
        }
        hidden.sort(null);
        for (Path entry : hidden) {
            String name = entry.getFileName().toString();
            if (name.startsWith(TEMP_FOLDER) || name.startsWith(TEMP_FILE)) {
                deleteTree(entry);
            } else if (name.startsWith(ASIDE_FOLDER)) {
                String original = name.substring(ASIDE_FOLDER.length());
                if (!isVersionFolderName(original)) {
                    deleteTree(entry);
                } else if (Files.exists(inside(original), LinkOption.NOFOLLOW_LINKS)) {
                    deleteTree(entry);
                } else {
                    Files.move(entry, inside(original), StandardCopyOption.ATOMIC_MOVE);
                }
            }
        }
        DurableFiles.forceFolder(dir);
    }

    /** A new, empty, hidden folder in DIR for a snapshot being written. */
    Path newTemporaryFolder(String folderName) throws IOException {
        return Files.createDirectory(inside(TEMP_FOLDER + folderName + "-" + randomSuffix()));
    }

    /** Renames a complete temporary folder to its final name, which must not exist yet. */
    void place(Path temporary, String folderName) throws IOException {
        Files.move(temporary, inside(folderName), StandardCopyOption.ATOMIC_MOVE);
        DurableFiles.forceFolder(dir);
    }

    /**
     * Replaces a published folder: the old one is moved aside under a hidden name, the new one
     * renamed into place, and the old one removed. Interrupted between the renames, the next run's
     * {@link #recover} puts the old folder back.
     */
    void replace(Path temporary, String folderName, PublishListener listener) throws IOException {
        Path target = inside(folderName);
        Path aside = inside(ASIDE_FOLDER + folderName);
        if (Files.exists(aside, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(aside);
        }
        Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
        DurableFiles.forceFolder(dir);
        listener.reached(PublishStep.OLD_MOVED_ASIDE, folderName);
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        DurableFiles.forceFolder(dir);
        deleteTree(aside);
    }

    /** Whether a published folder holds this approved version (by tag and commit), per its manifest. */
    public boolean holds(ru.perechen.tp.model.ApprovedVersion version) throws IOException {
        return published().stream().map(PublishedVersion::manifest).anyMatch(manifest ->
                version.tag().equals(manifest.version()) && version.commit() != null
                        && version.commit().equals(manifest.commit()));
    }

    /** Whether DIR has an entry of this name (a folder, a file or a link). */
    boolean exists(String folderName) {
        return Files.exists(inside(folderName), LinkOption.NOFOLLOW_LINKS);
    }

    /** The manifest of a published folder, if it has a readable one. */
    Optional<Manifest> manifest(String folderName) {
        Path folder = inside(folderName);
        return DurableFiles.isFolder(folder) ? Manifest.read(folder) : Optional.empty();
    }

    /** The versions published in DIR: every visible folder with a readable manifest, by folder name. */
    public List<PublishedVersion> published() throws IOException {
        List<PublishedVersion> versions = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return versions;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (isVersionFolderName(name) && DurableFiles.isFolder(entry)) {
                    Manifest.read(entry).ifPresent(manifest -> versions.add(new PublishedVersion(name, manifest)));
                }
            }
        }
        versions.sort(java.util.Comparator.comparing(PublishedVersion::folder));
        return versions;
    }

    /** The folder {@code current} names, if it names one. */
    public Optional<String> current() throws IOException {
        Path file = inside(CURRENT);
        // A link could make current read a file outside DIR: only a plain file counts.
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        String name = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
        return isVersionFolderName(name) ? Optional.of(name) : Optional.empty();
    }

    /** Replaces a file of DIR in one step: written under a hidden name, flushed, renamed over the old one. */
    void writeFile(String name, byte[] content) throws IOException {
        Path target = inside(name);
        Path temporary = inside(TEMP_FILE + name + "-" + randomSuffix());
        DurableFiles.write(temporary, out -> out.write(content));
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        DurableFiles.forceFolder(dir);
    }

    /** Removes a folder we made, never following links out of it. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(folder);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static String randomSuffix() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
