package ru.perechen.tp.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes files so that a reader never sees half of one: the bytes go to a temporary file in the
 * same folder, which then takes the file's name in one step. A crash leaves the old file or the
 * new one, never a mix.
 */
final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /** Writes {@code file}, replacing what was there: for outputs the user asked for by name. */
    static void replace(Path file, byte[] bytes) throws IOException {
        Path temp = temporary(file, bytes);
        try {
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Writes a new file and never replaces one: a rename would silently replace an existing file,
     * so the complete temporary file is hard-linked to the name instead, which fails if the name
     * is taken, whoever took it and however late. Where links are not supported, a plain move
     * without replacing is used.
     *
     * @throws FileAlreadyExistsException when the file exists
     */
    static void createNew(Path file, byte[] bytes) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        Path temp = temporary(file, bytes);
        try {
            try {
                Files.createLink(file, temp);
            } catch (UnsupportedOperationException | FileSystemException e) {
                if (e instanceof FileAlreadyExistsException exists) {
                    throw exists;
                }
                Files.move(temp, file);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A hidden file beside the target, created afresh (never an existing one), with the permissions
     * an ordinary new file gets (unlike {@code Files.createTempFile}, which makes it private).
     */
    private static Path temporary(Path file, byte[] bytes) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve("." + file.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                out.write(bytes);
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            } catch (IOException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
        }
    }
}
