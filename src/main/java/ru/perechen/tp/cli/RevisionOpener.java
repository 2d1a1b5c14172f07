package ru.perechen.tp.cli;

import java.nio.file.Path;
import java.util.List;

import ru.perechen.tp.history.RegisterRepository;
import ru.perechen.tp.history.Revision;
import ru.perechen.tp.model.ApprovedVersion;
import ru.perechen.tp.model.Message;
import ru.perechen.tp.validate.DisplayPaths;

/** Reads the register as committed at a revision ({@code tp validate --rev}), from Git's object database. */
final class RevisionOpener {

    private RevisionOpener() {
    }

    static RegisterOpener.Opened open(Env env, Path given, String ref) {
        return GitAccess.withRepository(env, given, repository -> {
            Revision revision = resolve(repository, ref);
            return new RegisterOpener.Opened(repository.registerFolder(), repository.load(revision),
                    DisplayPaths.of(repository.registerFolder(), env.workingDirectory()));
        });
    }

    /** A revision, where {@code latest} names the newest approved version. */
    static Revision resolve(RegisterRepository repository, String ref)
            throws ru.perechen.tp.history.RepositoryException {
        if (RegisterRepository.LATEST.equals(ref)) {
            List<ApprovedVersion> approved = repository.approvedVersions();
            if (approved.isEmpty()) {
                throw new ru.perechen.tp.history.RepositoryException(Message.of("git.no-approved-version"));
            }
            return new Revision(approved.get(0).tag(), approved.get(0).commit());
        }
        return repository.resolve(ref);
    }
}
