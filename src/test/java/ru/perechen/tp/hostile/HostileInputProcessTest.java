package ru.perechen.tp.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.SampleRegister;

/**
 * The heavy hostile inputs, each run by {@code tp validate} in a JVM of its own limited to 1 GB of
 * heap and killed after 10 s: each must end by itself within that, with exit code 1 or 2, a finding
 * that names the file, and no stack trace, {@code StackOverflowError} or {@code OutOfMemoryError}.
 * The time bound is the deadline, not a measurement: the JVM's start is part of it.
 *
 * <p>The folder of a million empty files takes a minute or more to create on an ordinary disk, so
 * that one runs only with {@code -Dtp.test.million=true} (CI sets it: see {@code .ci/run}); the same
 * refusal is covered in every build with a small limit by
 * {@code WorkingTreeSourceTest.aFolderOfTooManyFilesIsRefusedAsSoonAsTheLimitIsPassed}.
 */
class HostileInputProcessTest {

    private static final String HEAP = "1g";
    private static final long SECONDS = 10;
    private static final String POINT = HostileInputTest.POINT;

    @TempDir
    Path dir;

    private ChildProcess.Result validate() throws IOException, InterruptedException {
        ChildProcess.Result result = ChildProcess.run(dir, HEAP, SECONDS, "validate");
        assertThat(result.finished()).as("finished within %d s", SECONDS).isTrue();
        assertThat(result.exitCode()).as(result.err()).isIn(1, 2);
        assertThat(result.showsStackTrace()).as(result.err()).isFalse();
        return result;
    }

    @Test
    void an_alias_bomb_expands_nothing() throws Exception {
        StringBuilder bomb = new StringBuilder("id: TP-001\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            char previous = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [").append(("*" + previous + ",").repeat(8))
                    .append('*').append(previous).append("]\n");
        }
        write(bomb.toString());
        assertThat(validate().out()).contains("register/" + POINT + ":2:");
    }

    @Test
    void five_thousand_levels_of_flow_nesting_stop_at_the_limit() throws Exception {
        write("id: TP-001\nnote: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
        assertThat(validate().out()).contains("register/" + POINT + ":2:");
    }

    @Test
    void five_thousand_levels_of_block_nesting_stop_at_the_limit() throws Exception {
        write("id: TP-001\nnote:\n" + "- ".repeat(5000) + "x\n");
        assertThat(validate().out()).contains("register/" + POINT + ":");
    }

    @Test
    void five_thousand_nested_mappings_stop_at_the_limit() throws Exception {
        write("id: TP-001\nnote: " + "{a: ".repeat(5000) + "x" + "}".repeat(5000) + "\n");
        assertThat(validate().out()).contains("register/" + POINT + ":2:");
    }

    @Test
    void a_25_megabyte_string_is_refused_unread() throws Exception {
        Path register = SampleRegister.copyTo(dir);
        try (Writer out = Files.newBufferedWriter(register.resolve(POINT), StandardCharsets.UTF_8)) {
            out.write("id: TP-001\nname: ");
            char[] chunk = "Очень длинное имя ".repeat(1000).toCharArray();
            for (long written = 0; written < 25L * 1024 * 1024; written += chunk.length * 2L) {
                out.write(chunk);
            }
            out.write('\n');
        }
        assertThat(validate().out()).contains("register/" + POINT);
    }

    @Test
    void a_number_of_1001_digits_is_only_text() throws Exception {
        write("id: TP-001\nname: Сайт\nnote: " + "1".repeat(1001) + "\ndemand: " + "9".repeat(1001) + "\n"
                + "appeals-tracked: " + "7".repeat(1001) + "\n");
        assertThat(validate().out()).contains("register/" + POINT);
    }

    @Test
    void a_100_megabyte_file_is_refused_unread() throws Exception {
        Path register = SampleRegister.copyTo(dir);
        try (RandomAccessFile file = new RandomAccessFile(register.resolve(POINT).toFile(), "rw")) {
            file.setLength(100L * 1024 * 1024); // sparse: no disk is used, yet the file reads as 100 MB of NULs
        }
        assertThat(validate().out()).contains("register/" + POINT);
    }

    @Test
    void a_folder_of_a_million_empty_files_is_refused_as_soon_as_the_limit_is_passed() throws Exception {
        assumeTrue(Boolean.getBoolean("tp.test.million"), "run with -Dtp.test.million=true (CI does)");
        Path register = SampleRegister.copyTo(dir);
        Path folder = Files.createDirectories(register.resolve("points/many"));
        for (int i = 0; i < 1_000_000; i++) {
            Files.createFile(folder.resolve("TP-" + (100_000 + i) + ".yaml"));
        }
        ChildProcess.Result result = ChildProcess.run(dir, HEAP, SECONDS, "validate");
        assertThat(result.finished()).as("finished within %d s", SECONDS).isTrue();
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("600").contains("000");
        assertThat(result.showsStackTrace()).isFalse();
    }

    private void write(String text) throws IOException {
        Path register = SampleRegister.copyTo(dir);
        Files.writeString(register.resolve(POINT), text, StandardCharsets.UTF_8);
    }
}
