package ru.perechen.tp.cli;

import java.nio.file.Path;

import ru.perechen.tp.history.RegisterRepository;
import ru.perechen.tp.history.RepositoryException;

/**
 * How commands reach the Git repository of the register: open it for the register folder found
 * as {@code tp validate} finds it, and turn a {@link RepositoryException} into the one clear line
 * and exit code 2 that every Git problem gets. Only commands that need Git touch this class, so
 * {@code tp validate} without {@code --rev} never loads JGit.
 */
final class GitAccess {

    private GitAccess() {
    }

    /** Work done with the repository open; it is closed afterwards whatever happens. */
    interface Work<T> {
        T run(RegisterRepository repository) throws RepositoryException;
    }

    static <T> T withRepository(Env env, Path given, Work<T> work) {
        Path folder = RegisterOpener.locate(env, given);
        try (RegisterRepository repository = RegisterRepository.open(folder)) {
            return work.run(repository);
        } catch (RepositoryException e) {
            throw failure(e);
        }
    }

    static TpException failure(RepositoryException e) {
        return new TpException(ExitCode.USAGE, e.userMessage(), e);
    }
}
