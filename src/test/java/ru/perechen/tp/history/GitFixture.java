package ru.perechen.tp.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A real Git repository in a temporary folder holding a register in {@code register/}, as in this
 * project, driven through JGit: write, move and delete files, commit, tag.
 */
public final class GitFixture implements AutoCloseable {

    /** The sample register of the project: 58 points, 33 processes, no errors. */
    public static final Path SAMPLE = Path.of("register");

    private final Path root;
    private final Git git;
    private int commits;

    private GitFixture(Path root, Git git) {
        this.root = root;
        this.git = git;
    }

    /** An empty repository with a configured user, on branch main. */
    public static GitFixture init(Path root) {
        try {
            Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
            StoredConfig config = git.getRepository().getConfig();
            config.setString("user", null, "name", "Иванова Мария");
            config.setString("user", null, "email", "ivanova@example.ru");
            config.save();
            return new GitFixture(root, git);
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A repository whose first commit holds the sample register in {@code register/}. */
    public static GitFixture withSample(Path root) {
        GitFixture fixture = init(root);
        fixture.copySample();
        fixture.commit("Перечень");
        return fixture;
    }

    public Path root() {
        return root;
    }

    public Path register() {
        return root.resolve("register");
    }

    public Git git() {
        return git;
    }

    public void copySample() {
        copySample(register());
    }

    /** Copies the sample register into a folder (made if missing). */
    public static void copySample(Path target) {
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(SAMPLE.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a file of the register (path inside register/). */
    public GitFixture write(String path, String text) {
        return writeAt(register().resolve(path), text);
    }

    /** Writes a file anywhere in the repository (path from its root). */
    public GitFixture writeInRepository(String path, String text) {
        return writeAt(root.resolve(path), text);
    }

    private GitFixture writeAt(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String path) {
        try {
            return Files.readString(register().resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces text in a file of the register; fails if the text is not there, so a test cannot pass by accident. */
    public GitFixture replace(String path, String from, String to) {
        String text = read(path);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(path + " has no " + from);
        }
        return write(path, text.replace(from, to));
    }

    public GitFixture delete(String path) {
        try {
            Files.delete(register().resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public GitFixture move(String from, String to) {
        try {
            Path target = register().resolve(to);
            Files.createDirectories(target.getParent());
            Files.move(register().resolve(from), target);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits everything in the working tree (new, changed and deleted files). */
    public RevCommit commit(String message) {
        try {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            PersonIdent who = new PersonIdent("Иванова Мария", "ivanova@example.ru",
                    java.time.Instant.parse("2026-01-01T10:00:00Z").plusSeconds(60L * commits++),
                    java.time.ZoneOffset.ofHours(3));
            return git.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names of the tags under refs/tags/, sorted. */
    public List<String> tags() {
        try {
            List<String> names = new ArrayList<>();
            git.tagList().call().forEach(ref -> names.add(ref.getName().substring("refs/tags/".length())));
            return names.stream().sorted().toList();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
