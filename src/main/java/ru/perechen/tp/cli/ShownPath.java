package ru.perechen.tp.cli;

import java.nio.file.Path;

/** A file as a message shows it: relative to the current folder when inside it, absolute otherwise. */
final class ShownPath {

    private ShownPath() {
    }

    static String of(Env env, Path file) {
        Path cwd = env.workingDirectory().toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.equals(cwd)) {
            return ".";
        }
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
    }
}
