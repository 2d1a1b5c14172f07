package ru.perechen.tp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.history.GitFixture;

class ValidateRevisionTest {

    @TempDir
    Path dir;

    @Test
    void validatesTheRegisterAsCommittedNotAsOnDisk() {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            repo.replace("points/library/TP-040.yaml", "kind: phone\n", "");
            repo.commit("ошибка");
            String broken = head(repo);
            repo.copySample();
            repo.commit("исправлено");

            assertThat(TpRun.in(dir, "validate").exitCode()).isEqualTo(0);
            assertThat(TpRun.in(dir, "validate", "--rev", "HEAD").exitCode()).isEqualTo(0);
            TpRun old = TpRun.in(dir, "validate", "--rev", broken, "--format", "json");
            assertThat(old.exitCode()).isEqualTo(1);
            assertThat(old.out()).contains("register/points/library/TP-040.yaml");

            repo.replace("points/library/TP-040.yaml", "kind: phone\n", "");
            assertThat(TpRun.in(dir, "validate").exitCode()).isEqualTo(1);
            assertThat(TpRun.in(dir, "validate", "--rev", "HEAD").exitCode()).isEqualTo(0);
        }
    }

    @Test
    void latestIsTheNewestApprovedVersion() {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            TpRun none = TpRun.in(dir, "validate", "--rev", "latest");
            assertThat(none.exitCode()).isEqualTo(2);
            assertThat(none.err()).isEqualTo(CliMessages.error("git.no-approved-version"));

            TpRun.in(dir, "approve", "--act", "1", "--date", "2026-01-10");
            assertThat(TpRun.in(dir, "validate", "--rev", "latest").exitCode()).isEqualTo(0);
        }
    }

    @Test
    void aRevisionWithoutTheRegisterIsAClearError() {
        try (GitFixture repo = GitFixture.init(dir)) {
            repo.writeInRepository("README.md", "Перечень будет здесь\n");
            repo.commit("начало");
            String empty = head(repo);
            repo.copySample();
            repo.commit("Перечень");

            TpRun run = TpRun.in(dir, "validate", "--rev", empty);

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo(CliMessages.error("git.no-register-at", empty, "register/register.yaml"));
        }
    }

    private static String head(GitFixture repo) {
        try {
            return repo.git().getRepository().resolve("HEAD").name();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
