package ru.perechen.tp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.history.GitFixture;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.publish.InMemoryVersions;
import ru.perechen.tp.publish.PublishStep;
import ru.perechen.tp.publish.Registers;

/**
 * Publishing when the world fails: a full disk (simulated through the publication's step hook,
 * and for real on a 1.2 MB tmpfs where the system lets a test mount one in a namespace of its
 * own), a read-only target (a read-only mount, and permissions where the tests do not run as
 * root), a corrupt Git object, a tag whose digest does not match its commit, and a tag that is not
 * there. Each fails cleanly: exit code 2, one line naming what is wrong, no stack trace, nothing
 * half-written, the previous snapshot intact.
 */
class PublishFaultTest {

    @TempDir
    Path dir;

    @Test
    void a_full_disk_fails_cleanly_and_leaves_the_previous_snapshot() throws Exception {
        Registers.copySample(dir);
        Register sample = InMemoryVersions.sample();
        InMemoryVersions versions = new InMemoryVersions().add("2025-12-26", sample).add("2026-01-12", sample);
        new VersionedRun(dir).versions(versions).run("publish", "--to", "share", "--version", "approved/2025-12-26");
        Map<String, String> before = RecordDigestsAccess.folderHashes(dir.resolve("share"));

        VersionedRun.Result full = new VersionedRun(dir).versions(versions).listener((step, detail) -> {
            if (step == PublishStep.FILE_WRITTEN && detail.equals("perechen.csv")) {
                throw new FileSystemException(dir.resolve("share").toString(), null, "No space left on device");
            }
        }).run("publish", "--to", "share");

        assertThat(full.code()).isEqualTo(ExitCode.USAGE);
        assertThat(full.err()).startsWith("tp: " + VersionedRun.text("publish.error.write", dir.resolve("share"), "")
                .substring(0, 20)).contains("No space left on device");
        assertThat(full.err().lines()).hasSize(1);
        assertThat(RecordDigestsAccess.folderHashes(dir.resolve("share"))).isEqualTo(before);
    }

    @Test
    void a_real_full_disk_fails_cleanly() throws Exception {
        try (GitFixture repo = approvedRepository()) {
            Namespace.Result run = Namespace.run(dir, String.join("\n",
                    "mkdir -p share && mount -t tmpfs -o size=1200k tmpfs share || exit 90",
                    javaCommand("publish --to share --version approved/2026-04-30") + " > first.out 2> first.err || true",
                    "sha256sum share/approved-2026-04-30/* > before.sum",
                    javaCommand("publish --to share") + " > out.txt 2> err.txt; echo \"exit=$?\"",
                    "sha256sum -c --quiet before.sum && echo intact",
                    "cat share/current",
                    "ls -A share"));

            assertThat(run.out()).as(run.err() + Files.readString(dir.resolve("first.err"))).contains("exit=2", "intact", "approved-2026-04-30");
            assertThat(run.out()).doesNotContain("approved-2026-05-20", ".tp-tmp", ".tp-file");
            String err = Files.readString(dir.resolve("err.txt"));
            assertThat(err).startsWith("tp: ").contains("No space left on device").doesNotContain("\tat ");
        }
    }

    @Test
    void a_read_only_target_fails_cleanly_with_a_clear_message() throws Exception {
        try (GitFixture repo = approvedRepository()) {
            Namespace.Result run = Namespace.run(dir, String.join("\n",
                    "mkdir -p share && mount -t tmpfs -o size=8m tmpfs share || exit 90",
                    javaCommand("publish --to share --version approved/2026-04-30") + " > first.out 2> first.err || true",
                    "mount -o remount,ro share || exit 91",
                    javaCommand("publish --to share") + " > out.txt 2> err.txt; echo \"exit=$?\"",
                    "cat share/current",
                    "ls -A share"));

            assertThat(run.out()).as(run.err() + Files.readString(dir.resolve("first.err"))).contains("exit=2", "approved-2026-04-30");
            assertThat(run.out()).doesNotContain("approved-2026-05-20");
            String err = Files.readString(dir.resolve("err.txt"));
            assertThat(err).startsWith("tp: ").contains("Read-only file system").doesNotContain("\tat ");
            assertThat(err.lines()).hasSize(1);
        }
    }

    @Test
    void a_folder_without_write_permission_fails_cleanly() throws Exception {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root writes whatever the permissions say");
        try (GitFixture repo = approvedRepository()) {
            Path share = Files.createDirectories(dir.resolve("share"));
            Files.setPosixFilePermissions(share, PosixFilePermissions.fromString("r-xr-xr-x"));
            try {
                TpRun run = TpRun.in(dir, "publish", "--to", "share");
                assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
                assertThat(run.err()).startsWith("tp: ");
                assertThat(run.showsStackTrace()).isFalse();
            } finally {
                Files.setPosixFilePermissions(share, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    @Test
    void a_corrupt_git_object_is_never_published_and_is_named() throws Exception {
        try (GitFixture repo = approvedRepository()) {
            Repository repository = repo.git().getRepository();
            ObjectId blob = repository.resolve("approved/2026-04-30:register/points/minkult/TP-001.yaml");
            Path object = Path.of(repository.getDirectory().getPath(), "objects", blob.name().substring(0, 2),
                    blob.name().substring(2));
            object.toFile().setWritable(true);
            Files.write(object, "not a zlib stream".getBytes(StandardCharsets.US_ASCII));

            TpRun publish = TpRun.in(dir, "publish", "--to", "share", "--version", "approved/2026-04-30");
            assertThat(publish.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(publish.err()).startsWith("tp: " + CliMessages.text("git.corrupt", "approved/2026-04-30", "")
                    .substring(0, 25)).contains(blob.name());
            assertThat(publish.showsStackTrace()).isFalse();
            assertThat(dir.resolve("share/approved-2026-04-30")).doesNotExist();

            TpRun validate = TpRun.in(dir, "validate", "--rev", "approved/2026-04-30");
            assertThat(validate.exitCode()).isEqualTo(ExitCode.FINDINGS);
            assertThat(validate.out()).contains("register/points/minkult/TP-001.yaml");
            assertThat(validate.showsStackTrace()).isFalse();
        }
    }

    @Test
    void a_tag_whose_digest_is_not_that_of_its_commit_is_not_published() throws Exception {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            String message = "act: \"05-05/1\"\ndate: 2026-04-30\npoints: 58\nprocesses: 33\ndigest: sha256:"
                    + "0".repeat(64) + "\n";
            repo.git().tag().setName("approved/2026-04-30").setAnnotated(true).setMessage(message)
                    .setTagger(new PersonIdent("Иванова Мария", "ivanova@example.ru")).call();

            TpRun publish = TpRun.in(dir, "publish", "--to", "share");

            assertThat(publish.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(publish.err()).startsWith("tp: " + CliMessages.text("git.digest-mismatch", "approved/2026-04-30",
                    "sha256:" + "0".repeat(64), "").substring(0, 60));
            assertThat(dir.resolve("share/approved-2026-04-30")).doesNotExist();
        }
    }

    @Test
    void a_missing_tag_gives_a_clear_error_everywhere() throws Exception {
        try (GitFixture repo = approvedRepository()) {
            for (String[] args : List.of(new String[] {"publish", "--to", "share", "--version", "approved/2099-01-01"},
                    new String[] {"diff", "approved/2099-01-01"},
                    new String[] {"validate", "--rev", "approved/2099-01-01"})) {
                TpRun run = TpRun.in(dir, args);
                assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE);
                assertThat(run.err()).startsWith("tp: ").contains("approved/2099-01-01");
                assertThat(run.err().lines()).hasSize(1);
                assertThat(run.showsStackTrace()).isFalse();
            }
        }
    }

    /** A repository with two approved versions: approved/2026-04-30 and approved/2026-05-20. */
    private GitFixture approvedRepository() {
        GitFixture repo = GitFixture.withSample(dir);
        assertThat(TpRun.in(dir, "approve", "--act", "05-05/100", "--date", "2026-04-30").exitCode()).isZero();
        repo.replace("points/minkult/TP-001.yaml", "name: Официальный сайт", "name: Сайт");
        repo.commit("правка");
        assertThat(TpRun.in(dir, "approve", "--act", "05-05/200", "--date", "2026-05-20").exitCode()).isZero();
        return repo;
    }

    private static String javaCommand(String args) {
        List<String> command = new ArrayList<>(ru.perechen.tp.hostile.ChildProcess.command("512m"));
        return String.join(" ", command.stream().map(Namespace::quote).toList()) + " " + args;
    }

    /**
     * A shell script run as root of a user and mount namespace of its own ({@code unshare -rm}), so
     * that it may mount a small tmpfs that no one else sees and that vanishes with it. Skipped
     * (assumption) where the system does not allow such namespaces.
     */
    static final class Namespace {

        record Result(int code, String out, String err) {
        }

        static Result run(Path folder, String script) throws IOException, InterruptedException {
            ProcessBuilder probe = new ProcessBuilder("unshare", "-rm", "sh", "-c",
                    "mkdir -p .probe && mount -t tmpfs -o size=64k tmpfs .probe && echo ok")
                    .directory(folder.toFile()).redirectErrorStream(true);
            boolean usable;
            try {
                Process process = probe.start();
                String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                usable = process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0 && said.contains("ok");
            } catch (IOException e) {
                usable = false;
            }
            Files.deleteIfExists(folder.resolve(".probe"));
            assumeTrue(usable, "this system lets no test mount a tmpfs in a namespace of its own (unshare -rm)");
            ProcessBuilder builder = new ProcessBuilder("unshare", "-rm", "sh", "-c", script).directory(folder.toFile());
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            Process process = builder.start();
            byte[] out = process.getInputStream().readAllBytes();
            byte[] err = process.getErrorStream().readAllBytes();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                    new String(err, StandardCharsets.UTF_8));
        }

        static String quote(String word) {
            return "'" + word.replace("'", "'\\''") + "'";
        }
    }
}
