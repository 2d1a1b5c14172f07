package ru.perechen.tp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.history.GitFixture;
import ru.perechen.tp.hostile.ChildProcess;
import ru.perechen.tp.publish.PublicationCheck;

/**
 * {@code tp publish} as a real process, killed with SIGKILL ({@link Process#destroyForcibly()} on
 * Linux) at random points, 24 times: half after a random delay from the start, half a random
 * moment after its temporary folder appears, so that kills land in start-up, writing, placing and
 * replacing alike. After every kill the version published before is intact, every visible version
 * folder is whole (its manifest matches it), {@code current} names a whole folder, and the next
 * run that completes leaves nothing of the killed ones behind. The random moments come from a fixed
 * seed, so a failure can be replayed; the seed can be changed with {@code -Dtp.test.killSeed=N}.
 */
class PublishKillTest {

    private static final int RUNS = 24;
    private static final String OLD = "approved-2026-04-30";
    private static final String NEW = "approved-2026-05-20";

    @TempDir
    Path dir;

    @Test
    void a_publication_killed_at_any_moment_leaves_the_previous_snapshot_and_the_next_run_cleans_up()
            throws Exception {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            assertThat(TpRun.in(dir, "approve", "--act", "05-05/100", "--date", "2026-04-30").exitCode()).isZero();
            repo.replace("points/minkult/TP-001.yaml", "name: Официальный сайт", "name: Сайт");
            repo.commit("правка");
            assertThat(TpRun.in(dir, "approve", "--act", "05-05/200", "--date", "2026-05-20").exitCode()).isZero();
            assertThat(TpRun.in(dir, "publish", "--to", "share", "--version", "approved/2026-04-30").exitCode())
                    .isZero();
            Path share = dir.resolve("share");
            Map<String, String> old = RecordDigestsAccess.folderHashes(share.resolve(OLD));

            long full = timedFullRun(share);
            Random random = new Random(Long.getLong("tp.test.killSeed", 20261130L));
            int killedWhileWriting = 0;
            for (int run = 0; run < RUNS; run++) {
                boolean draft = run % 2 == 1;
                if (!draft) {
                    resetToOld(share);
                }
                boolean draftThere = Files.isDirectory(share.resolve("draft"));
                Process process = start(draft ? new String[] {"publish", "--draft", "--to", "share"}
                        : new String[] {"publish", "--to", "share"});
                if (run % 4 < 2) {
                    Thread.sleep((long) (random.nextDouble() * full));
                } else if (awaitTemporaryFolder(share, process)) {
                    killedWhileWriting++;
                    Thread.sleep(random.nextInt(400));
                }
                process.destroyForcibly();
                assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

                String after = "after kill " + run;
                assertThat(RecordDigestsAccess.folderHashes(share.resolve(OLD))).as(after).isEqualTo(old);
                assertVisibleFoldersWhole(share, after, draftThere);
                if (run % 6 == 5) {
                    assertNextRunCleansUp(share);
                }
            }
            assertThat(killedWhileWriting).as("kills that landed while files were written").isPositive();
            assertNextRunCleansUp(share);
            TpRun verify = TpRun.in(dir, "verify", "share");
            assertThat(verify.exitCode()).as(verify.out()).isZero();
        }
    }

    /** A whole publication of the new version, unkilled: how long one takes here bounds the random delays. */
    private long timedFullRun(Path share) throws Exception {
        long start = System.nanoTime();
        Process process = start("publish", "--to", "share");
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(Files.readString(share.resolve("current")).strip()).isEqualTo(NEW);
        return millis;
    }

    private Process start(String... args) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(ChildProcess.command("512m", args)).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        return builder.start();
    }

    /** Waits until the process has made its hidden temporary folder; false if it ended first. */
    private static boolean awaitTemporaryFolder(Path share, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (!hidden(share, ".tp-tmp-").isEmpty()) {
                return true;
            }
            Thread.sleep(1);
        }
        return false;
    }

    /** The state before the new version was published: only the old one, and current naming it. */
    private static void resetToOld(Path share) throws IOException {
        Path folder = share.resolve(NEW);
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.writeString(share.resolve("current"), OLD + "\n");
    }

    /** Every visible version folder matches its manifest; current names one of them. */
    private static void assertVisibleFoldersWhole(Path share, String when, boolean draftWasThere) throws Exception {
        PublicationCheck.Result check = PublicationCheck.check(share);
        for (PublicationCheck.CheckedFolder folder : check.folders()) {
            assertThat(folder.differences()).as(when + ": " + folder.folder()).isEmpty();
        }
        assertThat(check.differences()).as(when).isEmpty();
        String current = Files.readString(share.resolve("current"), StandardCharsets.UTF_8).strip();
        assertThat(current).as(when).isIn(OLD, NEW);
        List<String> visible = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(share)) {
            entries.forEach(entry -> visible.add(entry.getFileName().toString()));
        }
        if (draftWasThere && !visible.contains("draft")) {
            // killed between moving the old draft aside and renaming the new one in: the next run puts it back
            assertThat(hidden(share, ".tp-old-draft")).as(when + ": the draft is neither there nor set aside")
                    .isNotEmpty();
        }
    }

    private void assertNextRunCleansUp(Path share) throws Exception {
        TpRun run = TpRun.in(dir, "publish", "--draft", "--to", "share");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(hidden(share, ".tp-tmp-")).isEmpty();
        assertThat(hidden(share, ".tp-file-")).isEmpty();
        assertThat(hidden(share, ".tp-old-")).isEmpty();
        assertThat(share.resolve("draft/manifest.json")).isRegularFile();
    }

    private static List<String> hidden(Path share, String prefix) throws IOException {
        List<String> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(share, prefix + "*")) {
            entries.forEach(entry -> found.add(entry.getFileName().toString()));
        }
        return found;
    }
}
