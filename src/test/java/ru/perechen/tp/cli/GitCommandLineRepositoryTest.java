package ru.perechen.tp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.history.ApprovalMessage;
import ru.perechen.tp.history.GitFixture;
import ru.perechen.tp.history.RegisterDigest;
import ru.perechen.tp.load.WorkingTreeSource;

/**
 * A repository made by the {@code git} command line, as the authorized person's would be: tp must
 * read commits, trees and annotated tags it did not write, and refuse a shallow clone.
 */
class GitCommandLineRepositoryTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void gitIsInstalled() {
        boolean present;
        try {
            present = new ProcessBuilder("git", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            present = false;
        }
        assumeTrue(present, "the git command line is not installed");
    }

    @Test
    void readsCommitsAndTagsMadeByGit() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        git(repo, "init", "-q", "-b", "main");
        GitFixture.copySample(repo.resolve("register"));
        git(repo, "add", ".");
        git(repo, "commit", "-q", "-m", "Перечень");
        String digest = RegisterDigest.of(new WorkingTreeSource(repo.resolve("register")));
        Path message = dir.resolve("message.yaml");
        Files.writeString(message, new ApprovalMessage("05-05/100", LocalDate.parse("2026-11-30"), 58, 33, digest)
                .format(), StandardCharsets.UTF_8);
        git(repo, "tag", "-a", "approved/2026-11-30", "-F", message.toString());
        Path point = repo.resolve("register/points/library/TP-040.yaml");
        Files.writeString(point, Files.readString(point).replace("kind: phone", "kind: reception"));
        git(repo, "commit", "-q", "-a", "-m", "вид точки");

        TpRun versions = TpRun.in(repo, "versions", "--format", "json");
        assertThat(versions.exitCode()).as(versions.err()).isEqualTo(0);
        assertThat(versions.out()).contains("\"tag\" : \"approved/2026-11-30\"", "\"digest\" : \"" + digest + "\"");

        TpRun diff = TpRun.in(repo, "diff", "--format", "json", "latest", "HEAD");
        assertThat(diff.exitCode()).as(diff.err()).isEqualTo(0);
        assertThat(diff.out()).contains("\"type\" : \"kind-changed\"", "\"clause\" : \"6.3.2\"",
                "\"from\" : \"phone\"", "\"to\" : \"reception\"");

        TpRun approve = TpRun.in(repo, "approve", "--act", "05-05/101", "--date", "2026-11-30", "--by",
                "Иванова Мария <ivanova@example.ru>");
        assertThat(approve.exitCode()).as(approve.err()).isEqualTo(0);
        assertThat(git(repo, "tag", "-l", "approved/*")).isEqualTo("approved/2026-11-30\napproved/2026-11-30.2\n");
        assertThat(git(repo, "cat-file", "-p", "approved/2026-11-30.2")).contains("act: \"05-05/101\"");
    }

    @Test
    void aShallowCloneIsRefusedWithTheCommandThatFixesIt() throws Exception {
        Path origin = Files.createDirectories(dir.resolve("origin"));
        git(origin, "init", "-q", "-b", "main");
        GitFixture.copySample(origin.resolve("register"));
        git(origin, "add", ".");
        git(origin, "commit", "-q", "-m", "Перечень");
        assertThat(TpRun.in(origin, "approve", "--act", "1", "--date", "2026-11-30", "--by", "И <i@example.ru>").exitCode()).isEqualTo(0);
        Files.writeString(origin.resolve("register/README.md"), "второй коммит\n");
        git(origin, "add", ".");
        git(origin, "commit", "-q", "-m", "второй");
        Path clone = dir.resolve("clone");
        git(dir, "clone", "-q", "--depth", "1", "file://" + origin.toAbsolutePath(), clone.toString());

        TpRun diff = TpRun.in(clone, "diff");
        assertThat(diff.exitCode()).isEqualTo(2);
        assertThat(diff.err()).isEqualTo(CliMessages.error("git.shallow"));
        assertThat(diff.err()).contains("git fetch --tags --unshallow");

        TpRun versions = TpRun.in(clone, "versions");
        assertThat(versions.exitCode()).isEqualTo(2);
        assertThat(versions.err()).isEqualTo(CliMessages.error("git.shallow"));

        // What the clone has is still readable: the register at HEAD validates.
        assertThat(TpRun.in(clone, "validate", "--rev", "HEAD").exitCode()).isEqualTo(0);
    }

    @Test
    void inAShallowCloneTpCiStillChecksAndSaysWhatToFetch() throws Exception {
        Path origin = Files.createDirectories(dir.resolve("origin"));
        git(origin, "init", "-q", "-b", "main");
        GitFixture.copySample(origin.resolve("register"));
        git(origin, "add", ".");
        git(origin, "commit", "-q", "-m", "Перечень");
        assertThat(TpRun.in(origin, "approve", "--act", "1", "--date", "2026-11-30", "--by", "И <i@example.ru>").exitCode()).isEqualTo(0);
        Path point = origin.resolve("register/points/library/TP-040.yaml");
        Files.writeString(point, Files.readString(point).replace("kind: phone", "kind: telephone"));
        git(origin, "commit", "-q", "-a", "-m", "ошибка");
        Path clone = dir.resolve("clone");
        // What actions/checkout does by default: one commit, no tags.
        git(dir, "clone", "-q", "--depth", "1", "--no-tags", "file://" + origin.toAbsolutePath(), clone.toString());
        Path summary = dir.resolve("summary.md");

        TpRun ci = TpRun.in(clone.resolve("register"),
                java.util.Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()), "ci");

        assertThat(ci.exitCode()).as(ci.out() + ci.err()).isEqualTo(1);
        assertThat(ci.out()).contains("::error file=register/points/library/TP-040.yaml,")
                .contains("::warning title=tp ci::" + CliMessages.text("ci.diff-problem", CliMessages.text("git.shallow")));
        assertThat(Files.readString(summary)).contains("git fetch --tags --unshallow", "fetch-depth: 0");
        assertThat(ci.showsStackTrace()).isFalse();
    }

    private static String git(Path in, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Иванова Мария",
                "-c", "user.email=ivanova@example.ru", "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isEqualTo(0);
        return output;
    }
}
