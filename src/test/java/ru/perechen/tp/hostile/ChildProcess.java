package ru.perechen.tp.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code tp} in a JVM of its own, as a user runs it, with a bounded heap and a deadline: how the
 * heavy hostile inputs and the kill test run it. Output goes to files, so a child that prints much
 * can never block on a full pipe.
 */
public final class ChildProcess {

    /** What one run gave; {@code finished} is false when the deadline passed and it was killed. */
    public record Result(boolean finished, int exitCode, String out, String err) {

        public boolean showsStackTrace() {
            String all = out + err;
            return all.contains("\tat ") || all.contains("Exception in thread") || all.contains("OutOfMemoryError")
                    || all.contains("StackOverflowError");
        }
    }

    private ChildProcess() {
    }

    public static List<String> command(String heap, String... args) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx" + heap, "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                "ru.perechen.tp.cli.Main"));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs tp in {@code folder} with at most {@code heap} of memory, killing it after {@code seconds}. */
    public static Result run(Path folder, String heap, long seconds, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("tp-out-", ".txt");
        Path err = Files.createTempFile("tp-err-", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command(heap, args)).directory(folder.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            Process process = builder.start();
            boolean finished = process.waitFor(seconds, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly().waitFor();
            }
            return new Result(finished, finished ? process.exitValue() : -1,
                    Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
