package ru.perechen.tp.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import ru.perechen.tp.load.RegisterLoader;
import ru.perechen.tp.load.RegisterLocator;
import ru.perechen.tp.load.RegisterNotFoundException;
import ru.perechen.tp.load.WorkingTreeSource;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.validate.DisplayPaths;

/** Finds and reads the register a command works on, turning every failure into a clear {@link TpException}. */
final class RegisterOpener {

    private RegisterOpener() {
    }

    /** The register's folder: the path given, {@code ./register}, or the nearest register.yaml above. */
    static Path locate(Env env, Path given) {
        Optional<Path> root = RegisterLocator.locate(given, env.workingDirectory());
        if (root.isEmpty()) {
            throw given == null ? TpException.usage("error.no-register")
                    : TpException.usage("error.not-a-register", given);
        }
        return root.get();
    }

    static Opened open(Env env, Path given) {
        Path root = locate(env, given);
        try {
            Register register = new RegisterLoader().load(new WorkingTreeSource(root));
            return new Opened(root, register, DisplayPaths.of(root, env.workingDirectory()));
        } catch (RegisterNotFoundException e) {
            throw TpException.usage("error.not-a-register", root);
        } catch (ru.perechen.tp.load.RegisterTooLargeException e) {
            throw TpException.usage("error.too-many-files", e.limit());
        } catch (IOException e) {
            throw new TpException(ExitCode.USAGE, ru.perechen.tp.model.Message.of("error.read-failed", root,
                    String.valueOf(e.getMessage())), e);
        }
    }

    /** A register read from a folder, with how its file names are shown. */
    record Opened(Path root, Register register, DisplayPaths paths) {
    }
}
