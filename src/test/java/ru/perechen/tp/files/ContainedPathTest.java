package ru.perechen.tp.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names that would lead a written file out of its folder, on this system or on the share it is copied to. */
class ContainedPathTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"", "..", ".", "../x", "../../x", "a/../../x", "TP-1/../..", "/etc/passwd", "a//b",
        "a/./b", "C:x", "c:\\Windows", "a\\..\\..\\x", "CON", "con.txt", "Nul.yaml", "COM1", "lpt9.log", "AUX",
        "PRN.yaml", "x.", "x ", "a\0b", "a\nb", "a:stream", "a|b", "a*", "a?", "<x>", "\"x\"", "points/CON/TP-1.yaml"})
    void hostile_names_are_refused(String name) {
        assertThat(ContainedPath.isPlainRelativeName(name)).isFalse();
        assertThatThrownBy(() -> ContainedPath.resolve(folder, name))
                .isInstanceOf(ContainedPath.OutsideFolderException.class);
    }

    /** Found by IdFuzzTest: half a surrogate pair made Path.resolve throw InvalidPathException. */
    @ParameterizedTest
    @ValueSource(strings = {"\uD841", "a\uDC00b", "x/\uD800"})
    void half_a_character_is_refused_not_thrown(String name) {
        assertThat(ContainedPath.isPlainRelativeName(name)).isFalse();
        assertThatThrownBy(() -> ContainedPath.resolve(folder, name))
                .isInstanceOf(ContainedPath.OutsideFolderException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"😀.txt", "CODEOWNERS", "pre-commit", "points/TP-001.yaml", ".github/workflows/tp.yml",
        "approved-2026-11-30.2", ".tp-tmp-x", "CONSOLE.txt", "COM10", "Перечень.xlsx"})
    void ordinary_names_stay_inside(String name) throws IOException {
        Path path = ContainedPath.resolve(folder, name);
        assertThat(path.startsWith(folder.toAbsolutePath().normalize())).isTrue();
        assertThat(path.getFileName().toString()).isEqualTo(Path.of(name).getFileName().toString());
    }

    @Test
    void a_link_on_the_way_out_of_the_folder_is_refused() throws IOException {
        Path outside = Files.createDirectories(folder.resolve("outside"));
        Path inside = Files.createDirectories(folder.resolve("inside"));
        trySymlink(inside.resolve("out"), outside);
        trySymlink(inside.resolve("CODEOWNERS"), outside.resolve("CODEOWNERS"));

        assertThatThrownBy(() -> ContainedPath.resolve(inside, "out/file"))
                .isInstanceOf(ContainedPath.OutsideFolderException.class);
        assertThatThrownBy(() -> ContainedPath.resolve(inside, "CODEOWNERS"))
                .isInstanceOf(ContainedPath.OutsideFolderException.class);
        assertThat(ContainedPath.resolve(inside, "new/folder/file")).isEqualTo(inside.resolve("new/folder/file"));
    }

    @Test
    void a_link_that_stays_inside_is_fine_and_a_loop_is_refused() throws IOException {
        Path inside = Files.createDirectories(folder.resolve("inside/real"));
        trySymlink(folder.resolve("inside/alias"), inside);
        trySymlink(folder.resolve("inside/loop"), folder.resolve("inside/loop"));

        assertThat(ContainedPath.resolve(folder.resolve("inside"), "alias/file")).isNotNull();
        assertThatThrownBy(() -> ContainedPath.resolve(folder.resolve("inside"), "loop/file"))
                .isInstanceOf(ContainedPath.OutsideFolderException.class);
    }

    private static void trySymlink(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here");
        }
    }
}
