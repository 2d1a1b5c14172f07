package ru.perechen.tp.publish;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The lock that keeps two publications out of one folder at once: an operating-system lock on the
 * hidden file {@code .tp-publish.lock} in the folder. The system releases it when the process ends,
 * however it ends, so a killed run never leaves the folder locked. The file itself stays (removing
 * a lock file races with the next run) and is reused.
 */
public final class PublishLock implements AutoCloseable {

    public static final String FILE = ".tp-publish.lock";
    private static final long POLL_MILLIS = 100;

    /**
     * Threads of one process take turns here before touching the file: the system's lock belongs to
     * the whole process, and on Linux closing any channel to the file would drop it, so a second
     * thread must not even open the file while the first holds the lock.
     */
    private static final ConcurrentHashMap<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();

    private final Semaphore turn;
    private final FileChannel channel;
    private final FileLock lock;

    private PublishLock(Semaphore turn, FileChannel channel, FileLock lock) {
        this.turn = turn;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the folder's lock, waiting up to {@code wait} while another publication holds it.
     *
     * @throws PublishException {@link PublishException.Reason#LOCKED} when it is still held after {@code wait}
     */
    public static PublishLock acquire(Path folder, Duration wait) throws IOException {
        Path file = folder.resolve(FILE);
        long deadline = System.nanoTime() + wait.toNanos();
        Semaphore turn = IN_PROCESS.computeIfAbsent(folder.toRealPath(), k -> new Semaphore(1));
        try {
            if (!turn.tryAcquire(Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS)) {
                throw new PublishException(PublishException.Reason.LOCKED, folder, holder(file));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for the publication lock");
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    recordHolder(channel);
                    return new PublishLock(turn, channel, lock);
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw new PublishException(PublishException.Reason.LOCKED, folder, holder(file));
                }
                sleep();
            }
        } catch (IOException | RuntimeException e) {
            try {
                if (channel != null) {
                    channel.close();
                }
            } finally {
                turn.release();
            }
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // Held by another thread of this process (the lock belongs to the whole process).
            return null;
        }
    }

    /** Writes who holds the lock into the file, so that a refused run can say who it waited for. */
    private static void recordHolder(FileChannel channel) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(ManagementFactory.getRuntimeMXBean().getName().getBytes(StandardCharsets.UTF_8)), 0);
    }

    private static String holder(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.length() > 200 ? text.substring(0, 200) : text;
        } catch (IOException | RuntimeException e) {
            // Windows refuses to read a file another process has locked: the holder stays unknown.
            return "";
        }
    }

    private static void sleep() throws IOException {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for the publication lock");
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            try {
                channel.close();
            } finally {
                turn.release();
            }
        }
    }
}
