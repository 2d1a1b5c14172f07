package ru.perechen.tp.publish;

import java.io.FilterOutputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writing files that must be whole on disk before anyone can see them: each is written into a
 * hidden place, flushed to the device ({@link FileChannel#force}), and only then renamed; its size
 * and SHA-256 are computed as it is written, for the manifest.
 */
final class DurableFiles {

    private DurableFiles() {
    }

    /** What writes a file's bytes. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes a new file (refusing to overwrite one), flushes it to the device, and returns its entry. */
    static Manifest.FileEntry write(Path file, Content content) throws IOException {
        MessageDigest sha256 = sha256();
        long size;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            CountingDigestStream counted = new CountingDigestStream(Channels.newOutputStream(channel), sha256);
            // Buffered above the digest: writers (and the zip's deflater) write in small pieces.
            OutputStream out = new BufferedOutputStream(counted, 64 * 1024);
            content.writeTo(out);
            out.flush();
            channel.force(true);
            size = counted.count;
        }
        return new Manifest.FileEntry(file.getFileName().toString(), size, HexFormat.of().formatHex(sha256.digest()));
    }

    /**
     * Flushes a folder's entries (new names, renames) to the device where the system allows it
     * (Linux and macOS do; Windows refuses to open a folder as a file, and renames there are
     * durable once done).
     */
    static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort by design: see above.
        }
    }

    /** The SHA-256 of a file's bytes, as lower-case hex. */
    static String sha256(Path file) throws IOException {
        MessageDigest sha256 = sha256();
        try (var in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) > 0) {
                sha256.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    static boolean isFolder(Path path) {
        return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static final class CountingDigestStream extends FilterOutputStream {
        private final MessageDigest digest;
        private long count;

        CountingDigestStream(OutputStream out, MessageDigest digest) {
            super(out);
            this.digest = digest;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            count += len;
        }

        @Override
        public void close() {
            // The channel is closed by its owner, after force().
        }
    }
}
