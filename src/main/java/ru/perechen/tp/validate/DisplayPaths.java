package ru.perechen.tp.validate;

import java.nio.file.Path;

/**
 * How file names are printed: relative to the current folder when the register lies inside it
 * ({@code register/points/TP-001.yaml}, as compilers print them, so editors can jump to them),
 * absolute otherwise.
 */
public final class DisplayPaths {

    private final String prefix;

    private DisplayPaths(String prefix) {
        this.prefix = prefix;
    }

    public static DisplayPaths of(Path registerRoot, Path workingDirectory) {
        Path root = registerRoot.toAbsolutePath().normalize();
        Path cwd = workingDirectory.toAbsolutePath().normalize();
        String prefix;
        if (root.equals(cwd)) {
            prefix = "";
        } else if (root.startsWith(cwd)) {
            prefix = cwd.relativize(root).toString().replace('\\', '/') + "/";
        } else {
            prefix = root.toString().replace('\\', '/') + "/";
        }
        return new DisplayPaths(prefix);
    }

    /** Paths as they are inside the register (a Git revision, a test). */
    public static DisplayPaths asIs() {
        return new DisplayPaths("");
    }

    public String display(String registerPath) {
        return prefix + registerPath;
    }
}
