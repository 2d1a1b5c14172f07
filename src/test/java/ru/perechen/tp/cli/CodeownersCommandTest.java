package ru.perechen.tp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.review.CodeOwners;

class CodeownersCommandTest {

    @TempDir
    Path dir;

    private Path register;

    @BeforeEach
    void sampleInARepository() throws IOException {
        register = CommandRun.sampleRegister(dir);
        Files.createDirectories(dir.resolve(".git"));
    }

    @Test
    void withoutReviewersThereIsNothingToWrite() {
        CommandRun run = CommandRun.in(dir, "codeowners");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("ни у одного подразделения").doesNotContain("Exception");
        assertThat(dir.resolve("CODEOWNERS")).doesNotExist();
    }

    @Test
    void writesAtTheRepositoryRootAndRewritesItsOwnFile() throws IOException {
        giveReviewers();

        CommandRun first = CommandRun.in(dir, "codeowners");
        CommandRun second = CommandRun.in(dir.resolve("register"), "codeowners");

        assertThat(first.exitCode()).isZero();
        assertThat(first.out().strip()).isEqualTo("Записан CODEOWNERS.");
        String text = Files.readString(dir.resolve("CODEOWNERS"), StandardCharsets.UTF_8);
        assertThat(text).startsWith(CodeOwners.MARKER).contains("\n/register/points/minkult/TP-001.yaml @kursk/all\n");
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("уже соответствует register.yaml");
    }

    @Test
    void aHandWrittenFileIsReplacedOnlyWithForce() throws IOException {
        giveReviewers();
        Files.writeString(dir.resolve("CODEOWNERS"), "* @someone\n");

        CommandRun refused = CommandRun.in(dir, "codeowners");
        String kept = Files.readString(dir.resolve("CODEOWNERS"));
        CommandRun forced = CommandRun.in(dir, "codeowners", "--force");

        assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err()).contains("--force");
        assertThat(kept).isEqualTo("* @someone\n");
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("CODEOWNERS"))).startsWith(CodeOwners.MARKER);
    }

    @Test
    void checkSaysWhetherTheFileMatchesTheRegister() throws IOException {
        giveReviewers();

        CommandRun missing = CommandRun.in(dir, "codeowners", "--check");
        CommandRun.in(dir, "codeowners");
        CommandRun upToDate = CommandRun.in(dir, "codeowners", "--check");

        assertThat(missing.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(missing.err()).contains("не соответствует register.yaml");
        assertThat(dir.resolve("CODEOWNERS")).exists();
        assertThat(upToDate.exitCode()).isZero();
    }

    @Test
    void outsideGitTheFileGoesToTheRegistersFolder() throws IOException {
        Files.delete(dir.resolve(".git"));
        giveReviewers();

        CommandRun run = CommandRun.in(dir, "codeowners");

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(register.resolve("CODEOWNERS"))).contains("\n/points/minkult/TP-001.yaml @kursk/all\n");
    }

    private void giveReviewers() throws IOException {
        Path header = register.resolve("register.yaml");
        Files.writeString(header, Files.readString(header, StandardCharsets.UTF_8)
                .replaceAll("(?m)^(    organization: .*)$", "$1\n    reviewers: [\"@kursk/all\"]"), StandardCharsets.UTF_8);
    }
}
