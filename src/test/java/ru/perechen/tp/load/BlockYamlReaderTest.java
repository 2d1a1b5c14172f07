package ru.perechen.tp.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The block reader is a shortcut, so it must never disagree with the general parser: wherever it
 * answers, the general parser gives the same tree with the same positions and finds nothing
 * wrong. Checked on every YAML file of the project and on thousands of seeded variations of the
 * sample register that wander in and out of the subset.
 */
class BlockYamlReaderTest {

    private final SafeYamlParser parser = new SafeYamlParser();

    @Test
    void agreesWithTheGeneralParserOnEveryFileOfTheProject() throws IOException {
        List<String> texts = projectTexts();
        int answered = 0;
        for (String text : texts) {
            if (agrees(text)) {
                answered++;
            }
        }
        assertThat(texts).hasSizeGreaterThan(150);
        // Nearly every real register file is in the subset; otherwise the shortcut would not pay.
        assertThat(answered).isGreaterThan(texts.size() / 2);
    }

    @Test
    void agreesWithTheGeneralParserOnSeededVariations() throws IOException {
        List<String> samples = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("register"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                samples.add(Files.readString(file));
            }
        }
        Random random = new Random(Long.getLong("tp.test.seed", 46));
        int answered = 0;
        int variations = Integer.getInteger("tp.test.variations", 6000);
        for (int i = 0; i < variations; i++) {
            String varied = vary(samples.get(random.nextInt(samples.size())), random);
            if (agrees(varied)) {
                answered++;
            }
        }
        assertThat(answered).as("variations the block reader answered").isBetween(variations / 5, variations - 100);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: [x, y]\nb:\n- 1\n- 2\n",
        "a:\n  - k: v\n    m:\n  -\n  - [p]\n",
        "a: \"quoted: yes # no comment\"  # comment\nb: 'single'\n",
        "a: https://vmeste46.ru/#\nb: x # y\n",
        "a:\n\n  # comment\n  b: c\n",
        "a: x\r\nb: y\r\n",
        "a: []\nb: ~\nc:\n",
        "a:\n  b:\n    c:\n      - d: e\n"})
    void answersTheCommonShapesAsTheGeneralParserDoes(String text) {
        assertThat(BlockYamlReader.read(text)).isNotNull().isEqualTo(parser.parseFully("f", text).root());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: |\n  text\n", "a: >\n  text\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: {b: c}\n",
        "a: \"es\\\"cape\"\n", "a: 'it''s'\n", "a: one\n  two\n", "a: 1\na: 2\n", "---\na: 1\n",
        "a:\tb\n", "a: b: c\n", "  a: 1\n", "- a\n", "a: [b, [c]]\n", "a: [\"b\"]\n", "? a\n: b\n",
        "a: 😀\n", "a: x\u2028y\n", "\"a\": 1\n", "a : 1\n", "a:b\n", "a: [b,]\n"})
    void leavesEverythingElseToTheGeneralParser(String text) {
        assertThat(BlockYamlReader.read(text)).isNull();
    }

    private boolean agrees(String text) {
        YamlNode quick = BlockYamlReader.read(text);
        if (quick == null) {
            return false;
        }
        ParsedFile full = parser.parseFully("f", text);
        assertThat(full.problems()).as("the general parser finds nothing wrong in:\n%s", text).isEmpty();
        assertThat(quick).as("same tree for:\n%s", text).isEqualTo(full.root());
        return true;
    }

    private static final String[] VALUES = {"NO", "on", "0755", "1.10", "2026-11-30", "\"x\"", "'y'", "[a, b]", "[]",
        "[ a ,b ]", "a: b", "x #c", "x#c", "#c", "- a", "&a x", "*a", "|", ">", "\"a\\\"b\"", "'it''s'",
        "http://x/#y", "[a, [b]]", "{a: 1}", "", "~", "-", "-1", ": x", "?x", "%x", "@x", "`x`", "\"\"", "''",
        "«Текст» — с тире", "a,b", "a]b", "x:", "x: ", "\"a\" b", "'a' #c", "[a]#c", "[a] #c", "😀", "a\tb",
        "Приём: по записи", "+7 (4712) 70-08-39", "!x", "? x", "[a,", "\"unclosed", "1e3", "null", "true"};

    /** One seeded change to a file: a value, an indentation, a comment, a blank line, spaces, line ends. */
    private static String vary(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int changes = 1 + random.nextInt(3);
        for (int c = 0; c < changes; c++) {
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            switch (random.nextInt(8)) {
                case 0 -> {
                    int colon = line.indexOf(": ");
                    if (colon > 0) {
                        lines.set(at, line.substring(0, colon + 2) + VALUES[random.nextInt(VALUES.length)]);
                    }
                }
                case 1 -> lines.set(at, " ".repeat(random.nextInt(3)) + line);
                case 2 -> lines.set(at, line.replaceFirst("^ ", ""));
                case 3 -> lines.add(at, " ".repeat(random.nextInt(6)) + "# заметка: " + random.nextInt(100));
                case 4 -> lines.add(at, random.nextBoolean() ? "" : "   ");
                case 5 -> lines.set(at, line + " ".repeat(1 + random.nextInt(2)) + (random.nextBoolean() ? "# c" : ""));
                case 6 -> lines.set(at, line.replace("- ", random.nextBoolean() ? "-  " : "-"));
                default -> lines.set(at, line + "\r");
            }
        }
        return String.join("\n", lines);
    }

    private static List<String> projectTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String root : List.of("register", "src/test/resources")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".yaml") || name.endsWith(".yml") || file.toString().contains("Inputs")) {
                        utf8(Files.readAllBytes(file)).ifPresent(texts::add);
                    }
                }
            }
        }
        return texts;
    }

    private static java.util.Optional<String> utf8(byte[] bytes) {
        try {
            int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
            return java.util.Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString());
        } catch (CharacterCodingException e) {
            return java.util.Optional.empty();
        }
    }
}
