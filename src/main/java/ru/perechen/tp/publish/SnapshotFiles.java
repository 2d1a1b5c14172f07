package ru.perechen.tp.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        SnapshotTables tables = new SnapshotTables(snapshot);
        List<Manifest.FileEntry> files = new ArrayList<>();
        files.add(file(folder, PAGE, out -> new HtmlPageWriter(snapshot).write(out), listener));
        Optional<String> pageHeader = snapshot.draft()
                ? Optional.of(Texts.of(snapshot.locale()).get("page.draft")) : Optional.empty();
        files.add(file(folder, WORKBOOK, out -> new XlsxWriter().write(tables.all(), pageHeader, out), listener));
        files.add(file(folder, CSV, out -> new CsvWriter().write(tables.register(), out), listener));
        files.add(file(folder, JSON, out -> new SnapshotJsonWriter().write(snapshot, out), listener));
        Manifest manifest = manifest(snapshot, files);
        file(folder, Manifest.FILE, out -> out.write(manifest.toBytes()), listener);
        return manifest;
    }

    static Manifest manifest(Snapshot snapshot, List<Manifest.FileEntry> files) {
        ApprovedVersion approval = snapshot.approval().orElse(null);
        return approval == null
                ? new Manifest(Manifest.DRAFT_VERSION, null, null, null, snapshot.tool(), files)
                : new Manifest(approval.tag(), approval.act(), approval.date(), approval.commit(), snapshot.tool(),
                        files);
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
