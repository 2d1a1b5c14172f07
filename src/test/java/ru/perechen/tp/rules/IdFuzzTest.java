package ru.perechen.tp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import com.code_intelligence.jazzer.junit.FuzzTest;

import ru.perechen.tp.FuzzText;

import ru.perechen.tp.files.ContainedPath;

/**
 * Any text as an id or a name to write: an id the id check accepts is a plain file name that
 * stays in its folder on every platform and is its own canonical form's upper-case; and whatever
 * name {@link ContainedPath} is given, it either refuses it or returns a path inside the folder,
 * never anything else.
 */
class IdFuzzTest {

    private static final Path FOLDER = Path.of("/register/points").toAbsolutePath();

    @FuzzTest(maxDuration = "30s")
    void only_safe_ids_pass_and_no_name_leaves_its_folder(byte[] input) {
        String text = FuzzText.of(input);
        boolean valid = IdRule.POINT_ID.matcher(text).matches() || IdRule.PROCESS_ID.matcher(text).matches();
        if (valid) {
            assertThat(ContainedPath.isPlainRelativeName(text + ".yaml")).isTrue();
            assertThat(text).matches("[A-Z]{2}-[0-9]+");
            assertThat(IdRule.canonical(text)).isEqualTo(text.toLowerCase(Locale.ROOT));
        }
        String canonical = IdRule.canonical(text);
        assertThat(IdRule.canonical(text.toUpperCase(Locale.ROOT))).isEqualTo(IdRule.canonical(canonical.toUpperCase(Locale.ROOT)));
        Path resolved;
        try {
            resolved = ContainedPath.resolve(FOLDER, text);
        } catch (ContainedPath.OutsideFolderException e) {
            return;
        }
        assertThat(resolved.startsWith(FOLDER)).as(text).isTrue();
        assertThat(resolved).isNotEqualTo(FOLDER);
        assertThat(resolved.normalize()).isEqualTo(resolved);
    }
}
