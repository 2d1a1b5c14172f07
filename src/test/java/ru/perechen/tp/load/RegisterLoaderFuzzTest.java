package ru.perechen.tp.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import ru.perechen.tp.model.ReadProblem;

/**
 * Any bytes as a record file or register.yaml: the safe parser and the record reader must never
 * throw, and every problem they report must name the file. In the normal build this replays the
 * committed inputs in {@code RegisterLoaderFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes for
 * real (see docs/security.md).
 */
class RegisterLoaderFuzzTest {

    private static final String FILE = "points/TP-001.yaml";
    private final SafeYamlParser parser = new SafeYamlParser();

    @FuzzTest(maxDuration = "30s")
    void any_bytes_give_problems_not_exceptions(byte[] bytes) {
        ParsedFile parsed = parser.parse(FILE, bytes);
        List<ReadProblem> problems = new ArrayList<>(parsed.problems());
        if (parsed.root() != null) {
            RecordReader.readPoint(FILE, parsed.root(), problems);
            RecordReader.readProcess(FILE, parsed.root(), problems);
            RecordReader.readHeader(FILE, parsed.root(), problems);
        } else {
            assertThat(problems).isNotEmpty();
        }
        for (ReadProblem problem : problems) {
            assertThat(problem.location().file()).isEqualTo(FILE);
            assertThat(problem.location().line()).isNotNegative();
            assertThat(problem.message().key()).isNotBlank();
        }
        assertThat(RegisterLoader.capped(FILE, problems)).hasSizeLessThanOrEqualTo(RegisterLoader.MAX_PROBLEMS_PER_FILE + 1);
    }

    @FuzzTest(maxDuration = "30s")
    void the_block_reader_never_disagrees_with_the_general_parser(byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        YamlNode quick = BlockYamlReader.read(text);
        if (quick != null) {
            ParsedFile full = parser.parseFully(FILE, text);
            assertThat(full.problems()).isEmpty();
            assertThat(quick).isEqualTo(full.root());
        }
    }
}
