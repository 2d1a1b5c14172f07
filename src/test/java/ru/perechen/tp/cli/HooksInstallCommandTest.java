package ru.perechen.tp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.init.PreCommitHook;

class HooksInstallCommandTest {

    @TempDir
    Path dir;

    @Test
    void outsideARepositoryThereIsNowhereToInstall() {
        CommandRun.sampleRegister(dir);

        CommandRun run = CommandRun.in(dir, "hooks", "install");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("git init");
    }

    @Test
    void installsAnExecutableHookForTheRegistersFolder() throws IOException {
        CommandRun.sampleRegister(dir);
        Files.createDirectories(dir.resolve(".git"));

        CommandRun run = CommandRun.in(dir, "hooks", "install");

        Path hook = dir.resolve(".git/hooks/pre-commit");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(".git/hooks/pre-commit");
        String script = Files.readString(hook, StandardCharsets.UTF_8);
        assertThat(script).startsWith("#!/bin/sh\n" + PreCommitHook.MARKER + "\n").contains("register='register'");
        if (Files.getFileStore(hook).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(hook)).contains(PosixFilePermission.OWNER_EXECUTE);
        }
    }

    @Test
    void someoneElsesHookIsReplacedOnlyWithForceButTpsOwnFreely() throws IOException {
        CommandRun.sampleRegister(dir);
        Path hook = dir.resolve(".git/hooks/pre-commit");
        Files.createDirectories(hook.getParent());
        Files.writeString(hook, "#!/bin/sh\nmake lint\n");

        CommandRun refused = CommandRun.in(dir, "hooks", "install");
        String kept = Files.readString(hook);
        CommandRun forced = CommandRun.in(dir, "hooks", "install", "--force");
        CommandRun again = CommandRun.in(dir, "hooks", "install");

        assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err()).contains("--force");
        assertThat(kept).isEqualTo("#!/bin/sh\nmake lint\n");
        assertThat(forced.exitCode()).isZero();
        assertThat(again.exitCode()).isZero();
    }

    @Test
    void aLinkedWorktreeInstallsIntoTheSharedHooksFolder() throws IOException {
        Path main = dir.resolve("main");
        Path gitDir = main.resolve(".git/worktrees/wt");
        Files.createDirectories(gitDir);
        Files.writeString(gitDir.resolve("commondir"), "../..\n");
        Path worktree = dir.resolve("wt");
        CommandRun.sampleRegister(worktree);
        Files.writeString(worktree.resolve(".git"), "gitdir: " + gitDir + "\n");

        CommandRun run = CommandRun.in(worktree, "hooks", "install");

        assertThat(run.exitCode()).isZero();
        assertThat(main.resolve(".git/hooks/pre-commit")).isRegularFile();
    }

    static boolean gitAvailable() {
        try {
            return new ProcessBuilder("git", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** The hook at work in a real repository made by tp init: a commit that breaks a rule does not pass. */
    @Test
    @EnabledIf("gitAvailable")
    void theHookStopsACommitThatBreaksARule() throws Exception {
        git("init", "-q", ".");
        CommandRun init = CommandRun.in(dir, "init", "--organization-name", "Министерство", "--organization-id", "min",
                "--unit-id", "otdel", "--unit-name", "Отдел", "--authorized-person", "Иванова М. П.",
                "--position", "консультант");
        assertThat(init.exitCode()).isZero();
        assertThat(CommandRun.in(dir, "hooks", "install", ".").exitCode()).isZero();
        git("add", ".");
        Result good = git("commit", "-q", "-m", "start");
        Files.writeString(dir.resolve("points/TP-001.yaml"), "id: TP-001\nname: Сайт\n");
        git("add", "points/TP-001.yaml");
        Result bad = git("commit", "-q", "-m", "broken point");

        assertThat(good.code()).as(good.output()).isZero();
        assertThat(bad.code()).isNotZero();
        assertThat(bad.output()).contains("points/TP-001.yaml").contains("ошибка");
        assertThat(git("rev-list", "--count", "HEAD").output().strip()).isEqualTo("1");
    }

    private record Result(int code, String output) {
    }

    private Result git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Тест", "-c", "user.email=test@example.ru",
                "-c", "core.hooksPath=.git/hooks"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("GIT_CONFIG_GLOBAL", "/dev/null");
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("TP", javaRunningTp());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    /** {@code java -cp … ru.perechen.tp.cli.Main}: tp from the classes under test and its libraries. */
    private static String javaRunningTp() {
        Set<String> path = new LinkedHashSet<>();
        for (Class<?> type : List.of(Main.class, picocli.CommandLine.class, org.snakeyaml.engine.v2.api.Load.class,
                com.fasterxml.jackson.core.JsonFactory.class, org.apache.commons.text.StringEscapeUtils.class)) {
            path.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().getPath()).toString());
        }
        return Path.of(System.getProperty("java.home"), "bin", "java") + " -cp " + String.join(File.pathSeparator, path)
                + " " + Main.class.getName();
    }
}
