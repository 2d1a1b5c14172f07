package ru.perechen.tp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** tp as a separate process, as CI runs it: a runner with LANG=C must still print Cyrillic in UTF-8. */
class MainProcessTest {

    @Test
    void printsUtf8WhateverTheSystemLocale() throws IOException, InterruptedException {
        Result result = run(Map.of("LANG", "C", "LC_ALL", "C"), "validate");
        assertThat(result.code).isZero();
        assertThat(result.out).contains("Проверено точек: 58, процессов: 33");
    }

    @Test
    void withoutACommandItShowsTheCommandsAndFails() throws IOException, InterruptedException {
        Result result = run(Map.of(), new String[0]);
        assertThat(result.code).isEqualTo(2);
        assertThat(result.err).contains("validate");
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile());
        builder.environment().putAll(env);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }
}
