package ru.perechen.tp.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import ru.perechen.tp.concurrent.Failures;
import ru.perechen.tp.model.ApprovedVersion;

/**
 * Writes the files of a snapshot into a folder: the page, the workbook, the CSV and JSON files, and
 * last the manifest that lists them with their sizes and SHA-256. Each file is flushed to the device
 * before the next is begun.
 */
final class SnapshotFiles {

    static final String PAGE = HtmlPageWriter.FILE;
    static final String WORKBOOK = "perechen.xlsx";
    static final String CSV = "perechen.csv";
    static final String JSON = "perechen.json";

    private SnapshotFiles() {
    }

    /** Writes every file into {@code folder} (which must be empty) and returns the manifest written last. */
    static Manifest write(Snapshot snapshot, Path folder, PublishListener listener) throws IOException {
        RecordOrder order = RecordOrder.of(snapshot.register());
        SnapshotTables tables = new SnapshotTables(snapshot, order);
        Optional<String> pageHeader = snapshot.draft()
                ? Optional.of(Texts.of(snapshot.locale()).get("page.draft")) : Optional.empty();
        // The four files are independent and large for a big register: they are written at once, on all
        // cores; the manifest, which lists them, comes after, and the listener hears of each in a fixed order.
        // Each streams from the register through a small buffer, so memory does not grow with the register.
        CompletableFuture<Manifest.FileEntry> page = async(() -> DurableFiles.write(folder.resolve(PAGE),
                out -> new HtmlPageWriter(snapshot, order).write(out)));
        CompletableFuture<Manifest.FileEntry> workbook = async(() -> DurableFiles.write(folder.resolve(WORKBOOK),
                out -> new XlsxWriter().write(tables.all(), pageHeader, out)));
        CompletableFuture<Manifest.FileEntry> csv = async(() -> DurableFiles.write(folder.resolve(CSV),
                out -> new CsvWriter().write(tables.register(), out)));
        // The record hashes are taken from the values as they are written (see SnapshotJsonWriter).
        RecordDigests[] records = new RecordDigests[1];
        CompletableFuture<Manifest.FileEntry> json = async(() -> DurableFiles.write(folder.resolve(JSON),
                out -> records[0] = new SnapshotJsonWriter().write(snapshot, order, out)));
        // Every writer has finished, well or not, before anything is judged: none may still write when this fails.
        CompletableFuture.allOf(page, workbook, csv, json).handle((done, failure) -> null).join();
        List<Manifest.FileEntry> files = new ArrayList<>();
        for (CompletableFuture<Manifest.FileEntry> written : List.of(page, workbook, csv, json)) {
            Manifest.FileEntry entry = join(written);
            files.add(entry);
            listener.reached(PublishStep.FILE_WRITTEN, entry.path());
        }
        Manifest manifest = manifest(snapshot, files, records[0]);
        file(folder, Manifest.FILE, manifest::writeTo, listener);
        return manifest;
    }

    private interface Writing<T> {
        T run() throws IOException;
    }

    private static <T> CompletableFuture<T> async(Writing<T> writing) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return writing.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The result of a finished writer, its failure rethrown as it was. */
    private static <T> T join(CompletableFuture<T> future) throws IOException {
        try {
            return future.join();
        } catch (CompletionException e) {
            // The writers wrap their IOException to cross the lambda; unwrapped here.
            Throwable cause = e.getCause();
            Failures.rethrow(cause instanceof UncheckedIOException io ? io.getCause() : cause, IOException.class);
            throw e;
        }
    }

    static Manifest manifest(Snapshot snapshot, List<Manifest.FileEntry> files, RecordDigests records) {
        ApprovedVersion approval = snapshot.approval().orElse(null);
        return approval == null
                ? new Manifest(Manifest.DRAFT_VERSION, null, null, null, null, snapshot.tool(), files, records)
                : new Manifest(approval.tag(), approval.act(), approval.date(), approval.commit(), approval.digest(),
                        snapshot.tool(), files, records);
    }

    private static Manifest.FileEntry file(Path folder, String name, DurableFiles.Content content,
                                           PublishListener listener) throws IOException {
        Manifest.FileEntry entry = DurableFiles.write(folder.resolve(name), content);
        listener.reached(PublishStep.FILE_WRITTEN, name);
        return entry;
    }

    /** The names of the files a snapshot folder holds, manifest included. */
    static List<String> names() {
        return List.of(PAGE, WORKBOOK, CSV, JSON, Manifest.FILE);
    }
}
