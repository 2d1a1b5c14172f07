package ru.perechen.tp.publish;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import ru.perechen.tp.model.ApprovedVersion;
import ru.perechen.tp.model.Change;
import ru.perechen.tp.model.Register;

/**
 * What publishing needs to know of the register's history: the approved versions, the register as
 * each one fixed it, and the semantic difference between versions. Kept to these three so that
 * publishing does not depend on how versions are stored (annotated Git tags, see the history layer),
 * and so that commands can be tested with a version list made in memory.
 */
public interface ApprovedVersions extends AutoCloseable {

    /** Every approved version, oldest first (by date, then by tag). */
    List<ApprovedVersion> list() throws IOException;

    /** The register as the version fixed it: read from the version's commit, never from the working tree. */
    Register registerAt(ApprovedVersion version) throws IOException;

    /**
     * The changes from one approved version (none: the empty register) to a later one, in a stable
     * order. A store that can compare versions without reading them whole should: a consolidated
     * register is large and a new version changes little of it.
     */
    List<Change> changes(Optional<ApprovedVersion> older, ApprovedVersion newer) throws IOException;

    /** The changes from an approved version (none: the empty register) to a register not approved yet (a draft). */
    List<Change> changes(Optional<ApprovedVersion> older, Register newer) throws IOException;

    /** The newest approved version, if there is any. */
    default Optional<ApprovedVersion> latest() throws IOException {
        List<ApprovedVersion> all = list();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The approved version with this tag (or this folder name, {@code /} written as {@code -}). */
    default Optional<ApprovedVersion> find(String tagOrFolder) throws IOException {
        return list().stream()
                .filter(v -> v.tag().equals(tagOrFolder) || v.folderName().equals(tagOrFolder))
                .findFirst();
    }

    /** Releases what reading the versions holds open (a repository); nothing by default. */
    @Override
    default void close() {
    }

    /** The approved version just before {@code version}, if any. */
    default Optional<ApprovedVersion> previous(ApprovedVersion version) throws IOException {
        List<ApprovedVersion> all = list();
        int index = all.indexOf(version);
        return index > 0 ? Optional.of(all.get(index - 1)) : Optional.empty();
    }
}
