package ru.perechen.tp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@code tp validate} of the working tree must not load JGit: it is the command run on every
 * save and in every CI job, and JGit's classes would add to its start-up time. Run in a fresh JVM,
 * since this one has loaded JGit for other tests.
 */
class StartupTest {

    @Test
    void validateWithoutRevLoadsNoJGitClass() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-verbose:class", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "validate", "register"))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();

        assertThat(output).contains("ru.perechen.tp.cli.ValidateCommand");
        assertThat(code).as(output).isZero();
        assertThat(output).doesNotContain("org.eclipse.jgit");
    }
}
