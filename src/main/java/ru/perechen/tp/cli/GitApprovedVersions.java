package ru.perechen.tp.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import ru.perechen.tp.history.RegisterDiff;
import ru.perechen.tp.history.RegisterVersion;
import ru.perechen.tp.history.VersionDiff;
import ru.perechen.tp.history.RegisterRepository;
import ru.perechen.tp.history.RepositoryException;
import ru.perechen.tp.model.ApprovedVersion;
import ru.perechen.tp.model.Change;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.publish.ApprovedVersions;

/**
 * The approved versions of the register's Git repository (annotated tags {@code approved/<date>}),
 * as publishing reads them: the register from each tag's commit, never from the working tree, and
 * the semantic diff of the history layer. A Git problem becomes the history layer's own message.
 */
final class GitApprovedVersions implements ApprovedVersions {

    private final RegisterRepository repository;
    private List<ApprovedVersion> versions;

    private GitApprovedVersions(RegisterRepository repository) {
        this.repository = repository;
    }

    static GitApprovedVersions open(java.nio.file.Path registerFolder) {
        try {
            return new GitApprovedVersions(RegisterRepository.open(registerFolder));
        } catch (RepositoryException e) {
            throw GitAccess.failure(e);
        }
    }

    @Override
    public List<ApprovedVersion> list() {
        if (versions == null) {
            try {
                List<ApprovedVersion> newestFirst = new ArrayList<>(repository.approvedVersions());
                Collections.reverse(newestFirst);
                versions = List.copyOf(newestFirst);
            } catch (RepositoryException e) {
                throw GitAccess.failure(e);
            }
        }
        return versions;
    }

    @Override
    public Register registerAt(ApprovedVersion version) {
        try {
            return repository.loadApproved(version);
        } catch (RepositoryException e) {
            throw GitAccess.failure(e);
        }
    }

    /** Compared as the history layer compares versions: by blob ids first, only the changed files parsed. */
    @Override
    public List<Change> changes(Optional<ApprovedVersion> older, ApprovedVersion newer) throws IOException {
        try {
            RegisterVersion from = older.isPresent() ? repository.version(older.get().tag()) : RegisterVersion.empty();
            return VersionDiff.compare(from, repository.version(newer.tag())).changes();
        } catch (RepositoryException e) {
            throw GitAccess.failure(e);
        }
    }

    @Override
    public List<Change> changes(Optional<ApprovedVersion> older, Register newer) {
        Register from = older.isPresent() ? registerAt(older.get()) : Register.empty();
        return RegisterDiff.compare(from, newer);
    }

    @Override
    public void close() {
        repository.close();
    }
}
