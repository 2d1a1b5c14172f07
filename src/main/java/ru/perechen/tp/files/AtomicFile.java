package ru.perechen.tp.files;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file whole or not at all: the content goes to a temporary file in the same folder
 * (so the final move stays on one file system), which then replaces the target in one atomic
 * move. A reader sees the old file or the new one, never a mix; a failure leaves the old one.
 */
public final class AtomicFile {

    private static final Set<PosixFilePermission> ORDINARY = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFile() {
    }

    /** What writes the content; it may throw what writing throws. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    public static void write(Path target, Content content) throws IOException {
        write(target, content, null);
    }

    /**
     * Writes UTF-8 text with these permissions (where the file system has them); {@code null}
     * keeps the target's, or gives a new file {@code rw-r--r--}.
     */
    public static void write(Path target, Content content, Set<PosixFilePermission> permissions)
            throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
                // A temporary file is private (rw-------); the file it becomes keeps the target's
                // permissions, or gets those an ordinary new file has.
                Files.setPosixFilePermissions(temporary, permissions != null ? permissions
                        : Files.exists(target) ? Files.getPosixFilePermissions(target) : ORDINARY);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public static void write(Path target, String text) throws IOException {
        write(target, out -> out.write(text));
    }

    /**
     * Writes a new file and never replaces one, for records a person will edit: a rename would
     * silently replace a file that appeared meanwhile, so the complete temporary file is
     * hard-linked to the name instead, which fails if the name is taken, however late. Where the
     * file system has no hard links, a move that does not replace is used.
     *
     * @throws FileAlreadyExistsException when the file exists
     */
    public static void createNew(Path target, String text) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temporary, ORDINARY);
            }
            try {
                Files.createLink(target, temporary);
            } catch (UnsupportedOperationException | FileSystemException e) {
                if (e instanceof FileAlreadyExistsException exists) {
                    throw exists;
                }
                Files.move(temporary, target);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
