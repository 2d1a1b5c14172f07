package ru.perechen.tp.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import ru.perechen.tp.model.ApprovedVersion;
import ru.perechen.tp.model.Change;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.publish.ApprovedVersions;

/**
 * Opens the approved versions of the register in a folder. Commands hold one as a field, so that
 * tests can give them versions made in memory while running the real command line.
 */
@FunctionalInterface
interface ApprovedVersionsOpener {

    ApprovedVersions open(Path registerRoot) throws IOException;

    /**
     * Until the history layer (annotated tags {@code approved/<date>}, the register at a revision,
     * the semantic diff) is merged, no version is known: {@code tp publish} asks for {@code tp approve}
     * and {@code tp status} says there is no approved version. Wire the Git-backed implementation here.
     */
    ApprovedVersionsOpener DEFAULT = root -> new ApprovedVersions() {
        @Override
        public List<ApprovedVersion> list() {
            return List.of();
        }

        @Override
        public Register registerAt(ApprovedVersion version) throws IOException {
            throw new IOException("no approved versions are known");
        }

        @Override
        public List<Change> changes(Register older, Register newer) {
            return List.of();
        }
    };
}
