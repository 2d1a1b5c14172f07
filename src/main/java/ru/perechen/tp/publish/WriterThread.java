package ru.perechen.tp.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import ru.perechen.tp.concurrent.Failures;

/**
 * A thread that does, in the order given, the writes handed to it: so that making bytes and what
 * is done with them next (compressing them, above all) run at once on two cores. At most
 * {@link #QUEUE} writes wait, so memory stays a few buffers whatever is written. A failure on
 * either side ends both: the writer sees the thread's failure as its own, and {@link #close}
 * returns only once the thread has stopped, so nothing is written after a failure is reported.
 */
final class WriterThread implements AutoCloseable {

    /** Writes waiting at most; with chunks of 64 KB, half a megabyte. */
    static final int QUEUE = 8;

    /** A write to do on the thread. */
    @FunctionalInterface
    interface Write {
        void run() throws IOException;
    }

    private static final Write END = () -> { };

    private final BlockingQueue<Write> writes = new ArrayBlockingQueue<>(QUEUE);
    private final Thread thread;
    private volatile Throwable failure;
    private boolean ended;

    WriterThread(String name) {
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Hands a write to the thread; waits while the queue is full. Throws the thread's failure, if any. */
    void submit(Write write) throws IOException {
        rethrow();
        try {
            // The thread may have failed and stopped taking writes: wait in steps, looking again.
            while (!writes.offer(write, 50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                rethrow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing", e);
        }
    }

    /**
     * A stream whose bytes the thread writes on to {@code target}, in the order written (with the
     * other writes submitted). Bytes are copied, so the caller may reuse its buffer at once.
     */
    OutputStream streamTo(OutputStream target) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                byte[] copy = java.util.Arrays.copyOfRange(b, off, off + len);
                submit(() -> target.write(copy, 0, copy.length));
            }
        };
    }

    /** Waits for every write handed over; throws the first failure of the thread. */
    @Override
    public void close() throws IOException {
        if (!ended) {
            ended = true;
            try {
                if (failure == null) {
                    submit(END);
                } else {
                    thread.interrupt();
                }
                thread.join();
            } catch (InterruptedException e) {
                thread.interrupt();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while writing", e);
            } catch (IOException e) {
                // The thread failed while the end was handed over: it has stopped or is stopping.
                joinQuietly();
            }
        }
        rethrow();
    }

    /** Stops the thread without waiting for the writes still queued: for when the writer itself failed. */
    void abandon() {
        if (!ended) {
            ended = true;
            thread.interrupt();
            joinQuietly();
        }
    }

    private void joinQuietly() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            for (Write write = writes.take(); write != END; write = writes.take()) {
                write.run();
            }
        } catch (InterruptedException e) {
            // Abandoned: the writer failed and stops us.
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
        }
    }

    private void rethrow() throws IOException {
        Failures.rethrow(failure, IOException.class);
    }
}
