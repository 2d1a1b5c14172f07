package ru.perechen.tp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionCommandTest {

    @TempDir
    Path dir;

    @Test
    void bashScriptKnowsTheCommandsAndTheirOptions() {
        CommandRun run = CommandRun.in(dir, "completion", "bash");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("#!/usr/bin/env bash\n# tp completion for bash")
                .contains("complete -F _complete_tp")
                .contains("validate").contains("codeowners").contains("init").contains("hooks")
                .contains("--format").contains("(\"text\" \"json\" \"github\" \"gitlab\" \"junit\" \"sarif\")");
    }

    @Test
    void zshGetsTheSameScriptThroughBashcompinit() {
        CommandRun zsh = CommandRun.in(dir, "completion", "zsh");
        CommandRun bash = CommandRun.in(dir, "completion", "bash");

        assertThat(zsh.out()).contains("bashcompinit").contains("source <(tp completion zsh)");
        assertThat(zsh.out().lines().filter(line -> !line.startsWith("#")).toList())
                .isEqualTo(bash.out().lines().filter(line -> !line.startsWith("#")).toList());
    }

    @Test
    void anotherShellIsAUsageError() {
        assertThat(CommandRun.in(dir, "completion", "fish").exitCode()).isEqualTo(ExitCode.USAGE);
    }
}
