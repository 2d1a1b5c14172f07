package ru.perechen.tp.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.perechen.tp.SampleRegister;
import ru.perechen.tp.cli.TpRun;

/**
 * Hostile files in a register, each run through the real command line ({@code tp validate}, text
 * and JSON): every one gives exit code 1 or 2, a finding (or message) that names the file, no
 * stack trace, and no control or direction character of its own on the terminal — within 10 s
 * each (the heavy inputs and their 1 GB bound are in {@link HostileInputProcessTest}).
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class HostileInputTest {

    /** The point file the hostile texts replace (the sample's TP-001). */
    static final String POINT = "points/minkult/TP-001.yaml";

    @TempDir
    Path dir;

    static Stream<Arguments> hostileFiles() {
        List<Arguments> all = new ArrayList<>();
        // YAML that readers disagree on: anchors, aliases, merge keys
        add(all, "anchor on a scalar", "id: TP-001\nname: &a Сайт\n", "yaml-syntax");
        add(all, "alias", "id: TP-001\nname: x\nnote: *a\n", "yaml-syntax");
        add(all, "merge key", "id: TP-001\nbase: &b {x: 1}\nbasis:\n  <<: *b\n", "yaml-syntax");
        add(all, "anchor on a list", "id: TP-001\nbasis: &m\n  - type: law\n    title: x\n", "yaml-syntax");
        add(all, "a million aliases", "id: TP-001\nnote: &a x\nlist: [" + "*a,".repeat(100_000) + "*a]\n",
                "yaml-syntax");
        // explicit tags of any kind
        add(all, "tag !!str", "id: TP-001\nname: !!str Сайт\n", "yaml-syntax");
        add(all, "tag !!python/object/apply", "id: TP-001\nname: !!python/object/apply:os.system [\"rm -rf /\"]\n",
                "yaml-syntax");
        add(all, "tag !!java.lang.ProcessBuilder", "id: TP-001\nname: !!java.lang.ProcessBuilder [[\"calc\"]]\n",
                "yaml-syntax");
        add(all, "ScriptEngineManager gadget", "id: TP-001\nname: !!javax.script.ScriptEngineManager "
                + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n", "yaml-syntax");
        add(all, "local tag", "id: TP-001\nname: !Ref x\n", "yaml-syntax");
        add(all, "verbatim tag", "id: TP-001\nname: !<tag:yaml.org,2002:js/function> x\n", "yaml-syntax");
        add(all, "tag on a mapping", "id: TP-001\nprocesses: !!set {a, b}\n", "yaml-syntax");
        add(all, "%TAG directive", "%TAG !e! tag:example.com,2026:\n---\nid: TP-001\nname: !e!thing x\n",
                "yaml-syntax");
        add(all, "!!binary", "id: TP-001\nname: !!binary aGVsbG8=\n", "yaml-syntax");
        // several documents
        add(all, "two documents", "id: TP-001\n---\nid: TP-002\n", "yaml-syntax");
        add(all, "document end then another", "id: TP-001\n...\n---\nid: TP-002\n", "yaml-syntax");
        // not text
        add(all, "NUL byte inside", "id: TP-001\nname: a\0b\n", "yaml-syntax");
        add(all, "NUL byte first", "\0id: TP-001\n", "yaml-syntax");
        add(all, "UTF-16 with BOM", utf16("id: TP-001\nname: Сайт\n"), "yaml-syntax");
        add(all, "invalid UTF-8 byte", bytes("id: TP-001\nname: ", new byte[] {(byte) 0x80, (byte) 0x81}, "\n"),
                "yaml-syntax");
        add(all, "Windows-1251", "id: TP-001\nname: Официальный сайт\n".getBytes(Charset.forName("windows-1251")),
                "yaml-syntax");
        add(all, "overlong UTF-8 slash", bytes("id: TP-001\nname: ", new byte[] {(byte) 0xC0, (byte) 0xAF}, "\n"),
                "yaml-syntax");
        add(all, "UTF-8 encoded surrogate", bytes("id: TP-001\nname: ", new byte[] {(byte) 0xED, (byte) 0xA0,
            (byte) 0x80}, "\n"), "yaml-syntax");
        add(all, "UTF-8 cut short", bytes("id: TP-001\nname: ", new byte[] {(byte) 0xD0}, ""), "yaml-syntax");
        // broken structure
        add(all, "duplicate key", "id: TP-001\nname: Первое\nname: Второе\n", "yaml-syntax");
        add(all, "duplicate key quoted", "id: TP-001\nname: a\n\"name\": b\n", "yaml-syntax");
        add(all, "complex key", "id: TP-001\n? [a, b]\n: value\n", "yaml-syntax");
        add(all, "tab indentation", "id: TP-001\nprocesses:\n\t- process: PR-001\n", "yaml-syntax");
        add(all, "unclosed bracket", "id: [TP-001\n", "yaml-syntax");
        add(all, "unclosed quote", "id: \"TP-001\nname: x\n", "yaml-syntax");
        add(all, "empty file", "", "yaml-syntax");
        add(all, "blank lines only", "\n\n   \n", "yaml-syntax");
        add(all, "21 levels of nesting", "id: TP-001\nnote: " + "[".repeat(21) + "]".repeat(21) + "\n", "yaml-syntax");
        add(all, "1 MB and one byte", "id: TP-001\nnote: " + "x".repeat(1024 * 1024) + "\n", "yaml-syntax");
        add(all, "a text instead of a record", "just some text\n", null);
        add(all, "a list instead of a record", "- id: TP-001\n", null);
        add(all, "id as a mapping", "id: {a: b}\nname: x\n", null);
        add(all, "processes as a text", "id: TP-001\nname: x\nprocesses: PR-001\n", null);
        add(all, "ten thousand unknown keys", "id: TP-001\n" + unknownKeys(10_000), null);
        // ids that must never become paths or pass as valid
        add(all, "id ../../x", "id: ../../x\nname: x\n", "id");
        add(all, "id CON", "id: CON\nname: x\n", "id");
        add(all, "id TP-1/../..", "id: TP-1/../..\nname: x\n", "id");
        add(all, "id with an absolute path", "id: /etc/passwd\nname: x\n", "id");
        add(all, "id with a terminal escape", "id: \"TP-001\\e[2J\\e]0;owned\\a\"\nname: x\n", "id");
        add(all, "id with a direction override", "id: \"TP-\\u202E100\"\nname: x\n", "id");
        add(all, "id in full-width letters", "id: ＴＰ-００１\nname: x\n", "id");
        add(all, "id in lower case", "id: tp-001\nname: x\n", "id");
        add(all, "id as a number", "id: 1\nname: x\n", "id");
        add(all, "id of 1,001 digits", "id: " + "9".repeat(1001) + "\nname: x\n", "id");
        add(all, "id 0755 (YAML 1.1 octal)", "id: 0755\nname: x\n", "id");
        add(all, "id as an unquoted date", "id: 2026-11-30\nname: x\n", "id");
        add(all, "no id", "name: x\n", "id");
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void a_hostile_record_file_is_reported_by_name(String name, byte[] content, String rule) throws IOException {
        Path register = SampleRegister.copyTo(dir);
        Files.write(register.resolve(POINT), content);

        assertRefusedNaming("register/" + POINT, rule);
    }

    static Stream<Arguments> hostileHeaders() {
        List<Arguments> all = new ArrayList<>();
        add(all, "register.yaml with an anchor", "title: &t Перечень\n", "yaml-syntax");
        add(all, "register.yaml with a tag", "title: !!python/name:os.system x\n", "yaml-syntax");
        add(all, "register.yaml in Windows-1251", "title: Перечень\n".getBytes(Charset.forName("windows-1251")),
                "yaml-syntax");
        add(all, "register.yaml with two documents", "title: a\n---\ntitle: b\n", "yaml-syntax");
        add(all, "register.yaml 5,000 deep", "title: " + "[".repeat(5000) + "]".repeat(5000) + "\n", "yaml-syntax");
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileHeaders")
    void a_hostile_register_yaml_is_reported_by_name(String name, byte[] content, String rule) throws IOException {
        Path register = SampleRegister.copyTo(dir);
        Files.write(register.resolve("register.yaml"), content);

        assertRefusedNaming("register/register.yaml", rule);
    }

    @Test
    void a_yml_file_is_named() throws IOException {
        Path register = SampleRegister.copyTo(dir);
        Files.move(register.resolve(POINT), register.resolve("points/minkult/TP-001.yml"));

        assertRefusedNaming("register/points/minkult/TP-001.yml", "id");
    }

    @Test
    void a_file_named_like_a_windows_device_is_named() throws IOException {
        Path register = SampleRegister.copyTo(dir);
        Files.move(register.resolve(POINT), register.resolve("points/minkult/CON.yaml"));

        assertRefusedNaming("register/points/minkult/CON.yaml", "id");
    }

    @Test
    void a_link_out_of_the_register_is_named_and_never_read() throws IOException {
        Path register = SampleRegister.copyTo(dir);
        Path secret = Files.writeString(dir.resolve("secret.yaml"), "id: TP-900\nname: секрет\n");
        trySymlink(register.resolve("points/minkult/TP-900.yaml"), secret);

        TpRun run = assertRefusedNaming("register/points/minkult/TP-900.yaml", "yaml-syntax");
        assertThat(run.out()).doesNotContain("секрет");
    }

    @Test
    void a_link_loop_is_named_and_listing_ends() throws IOException {
        Path register = SampleRegister.copyTo(dir);
        trySymlink(register.resolve("points/minkult/TP-901.yaml"), register.resolve("points/minkult/TP-902.yaml"));
        Files.createSymbolicLink(register.resolve("points/minkult/TP-902.yaml"),
                register.resolve("points/minkult/TP-901.yaml"));
        Files.createSymbolicLink(register.resolve("points/minkult/again"), register.resolve("points"));

        assertRefusedNaming("register/points/minkult/TP-901.yaml", "yaml-syntax");
    }

    @Test
    void ids_that_differ_only_in_case_are_duplicates() throws IOException {
        Path register = SampleRegister.copyTo(dir);
        String header = Files.readString(register.resolve("register.yaml"));
        Files.writeString(register.resolve("register.yaml"), header.replace("  - id: minkult-heritage\n",
                "  - id: MINKULT-PRESS\n"));

        TpRun run = assertRefusedNaming("register/register.yaml", "id");
        assertThat(run.out()).contains("MINKULT-PRESS");
    }

    @Test
    void ids_that_differ_only_in_the_normalization_of_й_are_duplicates() throws IOException {
        Path register = SampleRegister.copyTo(dir);
        String nfc = Normalizer.normalize("отдел-й", Normalizer.Form.NFC);
        String nfd = Normalizer.normalize("отдел-й", Normalizer.Form.NFD);
        assertThat(nfc).isNotEqualTo(nfd);
        String header = Files.readString(register.resolve("register.yaml"));
        Files.writeString(register.resolve("register.yaml"), header
                .replace("  - id: minkult-heritage\n", "  - id: " + nfc + "\n")
                .replace("  - id: minkult-culture-dept\n", "  - id: " + nfd + "\n"));

        assertRefusedNaming("register/register.yaml", "id");
    }

    @Test
    void a_folder_without_register_yaml_is_refused_with_a_message_naming_it() throws IOException {
        Path register = SampleRegister.copyTo(dir);
        Files.delete(register.resolve("register.yaml"));

        TpRun run = TpRun.in(dir, "validate", "register");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("register");
        assertThat(run.showsStackTrace()).isFalse();
    }

    @Test
    void register_yaml_that_is_a_folder_is_refused_with_a_message_naming_it() throws IOException {
        Path register = SampleRegister.copyTo(dir);
        Files.delete(register.resolve("register.yaml"));
        Files.createDirectories(register.resolve("register.yaml"));

        TpRun run = TpRun.in(dir, "validate", "register");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("register");
        assertThat(run.showsStackTrace()).isFalse();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"NO", "on", "Off", "yes", "y", "0755", "1.10", "2026-11-30",
        "2026-11-30T10:00:00Z", "1e3", "0x1F", ".inf", "-.NaN", "12:30:00", "true", "1_000"})
    void yaml_1_1_scalars_in_text_fields_are_read_as_the_text_written(String written) throws IOException {
        ru.perechen.tp.history.GitFixture.withSample(dir).close();
        Path point = dir.resolve("register").resolve(POINT);
        String text = Files.readString(point);
        Files.writeString(point, text.replace("name: Официальный сайт Министерства культуры Курской области",
                "name: " + written + "\nnote: " + written));

        TpRun publish = TpRun.in(dir, "publish", "--draft", "--to", "share");

        assertThat(publish.exitCode()).as(publish.err()).isZero();
        JsonNode points = new ObjectMapper().readTree(dir.resolve("share/draft/perechen.json").toFile()).get("points");
        JsonNode first = points.get(0);
        assertThat(first.get("id").asText()).isEqualTo("TP-001");
        assertThat(first.get("name").isTextual()).isTrue();
        assertThat(first.get("name").asText()).isEqualTo(written);
        assertThat(first.get("note").asText()).isEqualTo(written);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"null", "~", "Null", "NULL", ""})
    void a_null_in_a_text_field_is_reported_not_taken_for_text(String written) throws IOException {
        Path register = SampleRegister.copyTo(dir);
        Path point = register.resolve(POINT);
        Files.writeString(point, Files.readString(point).replace(
                "name: Официальный сайт Министерства культуры Курской области", "name: " + written));

        assertRefusedNaming("register/" + POINT, "schema");
    }

    /** Runs {@code tp validate} as text and as JSON; returns the text run. */
    private TpRun assertRefusedNaming(String file, String rule) throws IOException {
        TpRun text = TpRun.in(dir, "validate");
        assertThat(text.exitCode()).as(text.err()).isIn(1, 2);
        assertThat(text.out() + text.err()).contains(file);
        assertThat(text.showsStackTrace()).isFalse();
        assertThat(text.out() + text.err()).doesNotContain("\u001b", "\u0007", "\u202e", "\0");
        if (text.exitCode() == 1) {
            TpRun json = TpRun.in(dir, "validate", "--format", "json");
            JsonNode findings = new ObjectMapper().readTree(json.out()).get("findings");
            List<String> rules = new ArrayList<>();
            findings.forEach(f -> {
                if (f.get("file").asText().equals(file) && f.get("severity").asText().equals("error")) {
                    rules.add(f.get("rule").asText());
                }
            });
            assertThat(rules).as("errors for %s", file).isNotEmpty();
            if (rule != null) {
                assertThat(rules).contains(rule);
            }
        }
        return text;
    }

    private static void add(List<Arguments> all, String name, String text, String rule) {
        all.add(Arguments.of(name, text.getBytes(StandardCharsets.UTF_8), rule));
    }

    private static void add(List<Arguments> all, String name, byte[] bytes, String rule) {
        all.add(Arguments.of(name, bytes, rule));
    }

    private static byte[] bytes(String before, byte[] middle, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] c = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(middle, 0, all, a.length, middle.length);
        System.arraycopy(c, 0, all, a.length + middle.length, c.length);
        return all;
    }

    private static byte[] utf16(String text) {
        return concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String unknownKeys(int count) {
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < count; i++) {
            keys.append("key").append(i).append(": value\n");
        }
        return keys.toString();
    }

    static void trySymlink(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here");
        }
    }
}
