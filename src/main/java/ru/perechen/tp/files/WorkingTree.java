package ru.perechen.tp.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Git working tree a folder lies in, found from the files Git leaves on disk (no Git library,
 * no {@code git} program): its root is the nearest folder at or above with a {@code .git} folder,
 * or a {@code .git} file ({@code gitdir: …}) as linked worktrees and submodules have. Enough to
 * place CODEOWNERS, CI files and hooks; reading history is for the Git layer.
 */
public final class WorkingTree {

    private static final Pattern GITDIR = Pattern.compile("(?m)^gitdir:\\s*(.+?)\\s*$");
    private static final Pattern HOOKS_PATH = Pattern.compile("(?im)^\\s*hookspath\\s*=\\s*\"?(.+?)\"?\\s*$");

    private final Path root;
    private final Path gitDir;

    private WorkingTree(Path root, Path gitDir) {
        this.root = root;
        this.gitDir = gitDir;
    }

    /** The working tree holding {@code folder}, if it is in one. */
    public static Optional<WorkingTree> around(Path folder) throws IOException {
        for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path dotGit = dir.resolve(".git");
            if (Files.isDirectory(dotGit)) {
                return Optional.of(new WorkingTree(dir, dotGit));
            }
            if (Files.isRegularFile(dotGit)) {
                Matcher gitdir = GITDIR.matcher(Files.readString(dotGit, StandardCharsets.UTF_8));
                if (gitdir.find()) {
                    return Optional.of(new WorkingTree(dir, dir.resolve(gitdir.group(1)).normalize()));
                }
            }
        }
        return Optional.empty();
    }

    /** The folder at the top of the working tree, where CODEOWNERS and CI files belong. */
    public Path root() {
        return root;
    }

    /**
     * Where Git looks for hooks: {@code core.hooksPath} when the repository's config sets it, else
     * the {@code hooks} folder of the repository (shared by all linked worktrees).
     */
    public Path hooks() throws IOException {
        Path common = gitDir;
        Path commonDirFile = gitDir.resolve("commondir");
        if (Files.isRegularFile(commonDirFile)) {
            common = gitDir.resolve(Files.readString(commonDirFile, StandardCharsets.UTF_8).trim()).normalize();
        }
        Path config = common.resolve("config");
        if (Files.isRegularFile(config)) {
            Matcher hooksPath = HOOKS_PATH.matcher(Files.readString(config, StandardCharsets.UTF_8));
            if (hooksPath.find()) {
                String value = hooksPath.group(1);
                if (value.startsWith("~/")) {
                    value = System.getProperty("user.home") + value.substring(1);
                }
                return root.resolve(value).normalize();
            }
        }
        return common.resolve("hooks");
    }

    /** {@code folder} relative to the root, with {@code /} separators; {@code .} for the root itself. */
    public String relative(Path folder) {
        Path relative = root.relativize(folder.toAbsolutePath().normalize());
        String text = relative.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }
}
