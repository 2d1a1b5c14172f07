package ru.perechen.tp.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import ru.perechen.tp.history.DiffResult;
import ru.perechen.tp.history.RegisterRepository;
import ru.perechen.tp.history.RepositoryException;
import ru.perechen.tp.history.VersionDiff;
import ru.perechen.tp.model.ApprovedVersion;
import ru.perechen.tp.report.ChangesSinceApproval;

/**
 * The changes since the latest approved version, for the control report. A register outside Git,
 * or one never approved, simply has none; the report then says so instead of failing, because the
 * working group needs the rest of it either way.
 */
final class ApprovalChanges {

    private ApprovalChanges() {
    }

    /** The changes from the latest approved version to {@code to} (a revision, or the working tree when null). */
    static Optional<ChangesSinceApproval> since(Path registerFolder, String to) {
        try (RegisterRepository repository = RegisterRepository.open(registerFolder)) {
            List<ApprovedVersion> approved = repository.approvedVersions();
            if (approved.isEmpty()) {
                return Optional.empty();
            }
            DiffResult diff = VersionDiff.compare(repository.version(RegisterRepository.LATEST),
                    repository.version(to == null ? RegisterRepository.WORKTREE : to));
            return Optional.of(new ChangesSinceApproval(approved.get(0), diff.changes()));
        } catch (RepositoryException | IOException e) {
            return Optional.empty();
        }
    }
}
