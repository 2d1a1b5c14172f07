package ru.perechen.tp.cli;

import java.nio.file.Path;

import ru.perechen.tp.files.ContainedPath;
import ru.perechen.tp.i18n.TerminalText;

/** Where a command writes a file of its own: inside the folder it belongs in, or a clear refusal. */
final class OutputPath {

    private OutputPath() {
    }

    static Path inside(Env env, Path folder, String name) {
        try {
            return ContainedPath.resolve(folder, name);
        } catch (ContainedPath.OutsideFolderException e) {
            throw TpException.usage("error.outside-folder", TerminalText.safe(name), ShownPath.of(env, folder));
        }
    }
}
