package ru.perechen.tp.publish;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import ru.perechen.tp.concurrent.Failures;
import ru.perechen.tp.model.ApprovedVersion;
import ru.perechen.tp.model.Change;
import ru.perechen.tp.model.Register;

/** Builds the snapshot of an approved version or of a draft from the approved versions at hand. */
public final class Snapshots {

    private final ApprovedVersions versions;
    private final String tool;

    public Snapshots(ApprovedVersions versions, String tool) {
        this.versions = versions;
        this.tool = tool;
    }

    /**
     * An approved version as its tag fixed it, with the changes since the approved version before it.
     * The changes are found on a thread of their own while the register is read (the two are
     * independent, and a diff by blob ids leaves a core idle); a failure to read the register is
     * reported first, as when it was read first.
     */
    public Snapshot approved(ApprovedVersion version) throws IOException {
        Optional<ApprovedVersion> previous = versions.previous(version);
        CompletableFuture<List<Change>> changes = new CompletableFuture<>();
        Thread comparing = new Thread(() -> {
            try {
                changes.complete(versions.changes(previous, version));
            } catch (Throwable e) {
                changes.completeExceptionally(e);
            }
        }, "tp-changes");
        comparing.setDaemon(true);
        comparing.start();
        Register register;
        try {
            register = versions.registerAt(version);
        } finally {
            changes.handle((done, failure) -> null).join();  // never leave it reading the repository
        }
        return Snapshot.approved(register, version, previous, joined(changes), tool);
    }

    /** The value computed on the other thread, or its failure rethrown as it was. */
    private static <T> T joined(CompletableFuture<T> future) throws IOException {
        return Failures.join(future, IOException.class);
    }

    /** The working tree as a draft, with its changes since the newest approved version (if any). */
    public Snapshot draft(Register workingTree) throws IOException {
        Optional<ApprovedVersion> latest = versions.latest();
        return Snapshot.draft(workingTree, latest, versions.changes(latest, workingTree), tool);
    }
}
