package ru.perechen.tp.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import ru.perechen.tp.history.RegisterDiff;
import ru.perechen.tp.history.RegisterRepository;
import ru.perechen.tp.history.RepositoryException;
import ru.perechen.tp.history.Revision;
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
            return repository.load(new Revision(version.tag(), version.commit()));
        } catch (RepositoryException e) {
            throw GitAccess.failure(e);
        }
    }

    @Override
    public List<Change> changes(Register older, Register newer) {
        return RegisterDiff.compare(older, newer);
    }

    @Override
    public void close() {
        repository.close();
    }
}
