package ru.perechen.tp.publish;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

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

    /** An approved version as its tag fixed it, with the changes since the approved version before it. */
    public Snapshot approved(ApprovedVersion version) throws IOException {
        Register register = versions.registerAt(version);
        Optional<ApprovedVersion> previous = versions.previous(version);
        List<Change> changes = versions.changes(previous, version);
        return Snapshot.approved(register, version, previous, changes, tool);
    }

    /** The working tree as a draft, with its changes since the newest approved version (if any). */
    public Snapshot draft(Register workingTree) throws IOException {
        Optional<ApprovedVersion> latest = versions.latest();
        return Snapshot.draft(workingTree, latest, versions.changes(latest, workingTree), tool);
    }
}
