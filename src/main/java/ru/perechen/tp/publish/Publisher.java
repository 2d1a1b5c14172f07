package ru.perechen.tp.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Publishes a snapshot into a publication folder so that readers never see it half-written:
 * under the folder's lock, it recovers from any interrupted run, writes every file into a hidden
 * temporary folder and flushes it, renames it into place, rewrites the list of versions, and last
 * points {@code current} at it (never back at an older version, never at a draft).
 *
 * <p>Publishing a version that is already there with the same files changes nothing and says so;
 * with different files (another tp wrote them) it is refused unless replacing was asked for. The
 * draft's folder is always replaced.
 */
public final class Publisher {

    private final Duration lockWait;
    private final PublishListener listener;

    /**
     * @param lockWait how long to wait for another publication into the same folder to finish
     * @param listener hears each step; {@link PublishListener#NONE} outside tests
     */
    public Publisher(Duration lockWait, PublishListener listener) {
        this.lockWait = lockWait;
        this.listener = listener;
    }

    /**
     * @param replace whether an approved version already published with other files may be rewritten
     * @throws PublishException when the folder is locked, a name is unsafe, or the version was
     *                          published with other files and {@code replace} is false
     */
    public Publication publish(Snapshot snapshot, PublishTarget target, boolean replace) throws IOException {
        String folderName = snapshot.folderName();
        target.inside(folderName);
        target.create();
        try (PublishLock lock = PublishLock.acquire(target.dir(), lockWait)) {
            listener.reached(PublishStep.LOCKED, folderName);
            target.recover();
            listener.reached(PublishStep.RECOVERED, folderName);
            Path temporary = target.newTemporaryFolder(folderName);
            Publication.Outcome outcome;
            Manifest manifest;
            try {
                manifest = SnapshotFiles.write(snapshot, temporary, listener);
                DurableFiles.forceFolder(temporary);
                listener.reached(PublishStep.SNAPSHOT_WRITTEN, folderName);
                outcome = place(snapshot, target, temporary, folderName, manifest, replace);
            } catch (IOException | RuntimeException e) {
                // An ordinary failure tidies up at once; a crash leaves this to the next run's recover().
                PublishTarget.deleteTree(temporary);
                throw e;
            }
            if (outcome == Publication.Outcome.ALREADY_PUBLISHED) {
                PublishTarget.deleteTree(temporary);
            } else {
                listener.reached(PublishStep.PLACED, folderName);
            }
            Optional<String> current = target.current();
            boolean becomesCurrent = !snapshot.draft() && newerThanCurrent(target, manifest, current);
            Optional<String> newCurrent = becomesCurrent ? Optional.of(folderName) : current;
            target.writeFile(PublishTarget.INDEX, new FolderIndexWriter(snapshot.locale(),
                    snapshot.register().header().title()).write(target.published(), newCurrent));
            listener.reached(PublishStep.INDEX_WRITTEN, folderName);
            if (becomesCurrent && !current.equals(newCurrent)) {
                target.writeFile(PublishTarget.CURRENT, (folderName + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                listener.reached(PublishStep.CURRENT_WRITTEN, folderName);
            }
            return new Publication(target.inside(folderName), outcome, becomesCurrent, manifest);
        }
    }

    private Publication.Outcome place(Snapshot snapshot, PublishTarget target, Path temporary, String folderName,
                                      Manifest manifest, boolean replace) throws IOException {
        if (!target.exists(folderName)) {
            target.place(temporary, folderName);
            return Publication.Outcome.PUBLISHED;
        }
        Optional<Manifest> existing = target.manifest(folderName);
        if (existing.isPresent() && Arrays.equals(existing.get().toBytes(), manifest.toBytes())
                && sameBytes(target.inside(folderName), manifest)) {
            return Publication.Outcome.ALREADY_PUBLISHED;
        }
        if (!snapshot.draft() && !replace) {
            throw new PublishException(PublishException.Reason.PUBLISHED_DIFFERENTLY, target.inside(folderName),
                    existing.map(Manifest::tool).orElse(""));
        }
        target.replace(temporary, folderName, listener);
        return Publication.Outcome.REPLACED;
    }

    /** Whether the files in a published folder are those its manifest lists (no one edited them by hand). */
    private static boolean sameBytes(Path folder, Manifest manifest) throws IOException {
        for (Manifest.FileEntry file : manifest.files()) {
            Path path = folder.resolve(file.path());
            if (!Files.isRegularFile(path) || Files.size(path) != file.size()
                    || !DurableFiles.sha256(path).equals(file.sha256())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the snapshot is at least as new as the version {@code current} names (or nothing is current). */
    private static boolean newerThanCurrent(PublishTarget target, Manifest manifest, Optional<String> current) {
        if (current.isEmpty()) {
            return true;
        }
        Optional<Manifest> currentManifest = target.manifest(current.get());
        return currentManifest.isEmpty() || currentManifest.get().draft()
                || PublishedVersion.NEWEST_LAST.compare(manifest, currentManifest.get()) >= 0;
    }
}
