package ru.perechen.tp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.history.GitFixture;

/** {@code tp validate --changed-since REF}: a pull request sees its own problems, not the register's old ones. */
class ValidateChangedSinceTest {

    private static final String OLD_PROBLEM = "points/library/TP-041.yaml";
    private static final String CHANGED = "points/library/TP-040.yaml";

    @TempDir
    Path dir;

    /** The sample with an old error in TP-041, committed and branched as {@code base}. */
    private GitFixture registerWithAnOldError() throws Exception {
        GitFixture repo = GitFixture.withSample(dir);
        repo.replace(OLD_PROBLEM, "kind: ", "kind-typo: ");
        repo.commit("старая ошибка");
        repo.git().branchCreate().setName("base").call();
        return repo;
    }

    @Test
    void showsOnlyTheFindingsOfFilesChangedSinceTheRevision() throws Exception {
        try (GitFixture repo = registerWithAnOldError()) {
            repo.replace(CHANGED, "kind: phone", "kind: telephone");
            repo.commit("новая ошибка");

            TpRun scoped = TpRun.in(dir, "validate", "--changed-since", "base", "--format", "github");
            TpRun everything = TpRun.in(dir, "validate", "--format", "github");

            assertThat(scoped.exitCode()).as(scoped.err()).isEqualTo(1);
            assertThat(scoped.out()).contains("file=register/" + CHANGED).doesNotContain(OLD_PROBLEM)
                    .doesNotContain("::warning");
            assertThat(scoped.err()).contains(CliMessages.text("validate.changed-since.note", "base", 1));
            assertThat(everything.out()).contains("file=register/" + CHANGED, "file=register/" + OLD_PROBLEM, "::warning");
        }
    }

    @Test
    void aChangeWithoutNewProblemsPassesThoughTheRegisterHasOldOnes() throws Exception {
        try (GitFixture repo = registerWithAnOldError()) {
            repo.replace(CHANGED, "\nname: ", "\nname: Новое название ");
            repo.commit("без ошибок");

            TpRun scoped = TpRun.in(dir, "validate", "--changed-since", "base");

            assertThat(scoped.exitCode()).as(scoped.out()).isEqualTo(0);
            assertThat(scoped.out()).startsWith(CliMessages.text("validate.changed-since.note", "base", 1))
                    .contains("Ошибок: 0, предупреждений: 0");
            assertThat(TpRun.in(dir, "validate").exitCode()).isEqualTo(1);
        }
    }

    @Test
    void keepsAFindingElsewhereThatTheChangeCaused() throws Exception {
        try (GitFixture repo = registerWithAnOldError()) {
            // TP-033 is the only point of PR-029: unlinking it leaves the process without points.
            repo.replace("points/minkult/TP-033.yaml",
                    "  - process: PR-029\n    needs: [consultation, feedback, feedback-result]\n", "");

            TpRun scoped = TpRun.in(dir, "validate", "--changed-since", "base", "--format", "json");

            assertThat(scoped.exitCode()).isEqualTo(1);
            assertThat(scoped.out()).contains("register/processes/PR-029.yaml").doesNotContain(OLD_PROBLEM);
        }
    }

    @Test
    void uncommittedAndNewFilesAreChangesToo() throws Exception {
        try (GitFixture repo = registerWithAnOldError()) {
            repo.write("points/library/TP-100.yaml", "id: TP-100\nname: Черновик\n");

            TpRun scoped = TpRun.in(dir, "validate", "--changed-since", "HEAD", "--format", "github");

            assertThat(scoped.exitCode()).isEqualTo(1);
            assertThat(scoped.out()).contains("file=register/points/library/TP-100.yaml").doesNotContain(OLD_PROBLEM);
            assertThat(scoped.err()).contains(CliMessages.text("validate.changed-since.note", "HEAD", 1));
        }
    }

    @Test
    void withRevTheChangesAreThoseBetweenTheTwoRevisions() throws Exception {
        try (GitFixture repo = registerWithAnOldError()) {
            repo.replace(CHANGED, "kind: phone", "kind: telephone");
            repo.commit("новая ошибка");
            repo.copySample();

            TpRun scoped = TpRun.in(dir, "validate", "--rev", "HEAD", "--changed-since", "base", "--format", "json");

            assertThat(scoped.exitCode()).isEqualTo(1);
            assertThat(scoped.out()).contains("register/" + CHANGED).doesNotContain(OLD_PROBLEM);
            assertThat(TpRun.in(dir, "validate", "--changed-since", "base").exitCode()).isEqualTo(0);
        }
    }

    @Test
    void sinceARevisionWithoutTheRegisterEverythingIsNew() throws Exception {
        try (GitFixture repo = GitFixture.init(dir)) {
            repo.writeInRepository("README.md", "Перечень будет здесь\n");
            repo.commit("начало");
            repo.git().branchCreate().setName("base").call();
            repo.copySample();
            repo.replace(OLD_PROBLEM, "kind: ", "kind-typo: ");
            repo.commit("Перечень");

            TpRun scoped = TpRun.in(dir, "validate", "--changed-since", "base");

            assertThat(scoped.exitCode()).isEqualTo(1);
            assertThat(scoped.out()).contains("register/" + OLD_PROBLEM).contains("предупреждений: 5");
        }
    }

    @Test
    void anUnknownRevisionIsAUsageErrorWithGitsMessage() throws Exception {
        try (GitFixture repo = registerWithAnOldError()) {
            TpRun run = TpRun.in(dir, "validate", "--changed-since", "no-such-branch");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo(CliMessages.error("git.unknown-ref", "no-such-branch"));
            assertThat(run.out()).isEmpty();
            assertThat(run.showsStackTrace()).isFalse();
        }
    }

    @Test
    void outsideARepositoryItSaysSo() {
        Path register = CommandRun.sampleRegister(dir);

        TpRun run = TpRun.in(dir, "validate", "--changed-since", "main");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(CliMessages.error("git.not-a-repository", register));
    }
}
