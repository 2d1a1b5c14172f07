package ru.perechen.tp.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.model.ApprovedVersion;
import ru.perechen.tp.model.Register;

/**
 * The published files are written by streaming loops over char arrays and with shortcuts (fast
 * where tp runs); each must give exactly what the plain String-based code it replaced gave, and
 * what the JDK's UTF-8 encoder gives, for any text: markup, controls, noncharacters, direction
 * overrides, surrogates paired, lone and split between writes. Texts are drawn from such characters
 * with a fixed seed.
 */
class FastPathsTest {

    private static final char[] ALPHABET = ("aZ09 ,;.'\"&<>_x4FжёЖЁΣİ=+-@\\/\n\r\t\b\f\u0000\u0001\u001f\u007f\u0085\u00a0"
            + "\u0130\u2028\u2029\u202a\u202e\u2066\u2069\ufdd0\ufdef\ufeff\ufffd\ufffe\uffff\ud83d\ude00\udbff\udc00")
            .toCharArray();

    private static List<String> texts() {
        Random random = new Random(46);
        List<String> texts = new ArrayList<>();
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(n % 100 == 0 ? 300 : 24);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(4) == 0 ? "_x00" : "").append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            texts.add(text.toString());
        }
        texts.add("\uD83D\uDE00 pair, \uD83D lone high, \uDE00 lone low, high at the end \uD83D");
        return texts;
    }

    @Test
    void utf8_output_writes_the_bytes_of_an_output_stream_writer_however_the_text_is_split() throws IOException {
        Random random = new Random(7);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        Writer jdk = new BufferedWriter(new OutputStreamWriter(expected, StandardCharsets.UTF_8), 100);
        Utf8Output ours = new Utf8Output(actual);
        for (String text : texts()) {
            int cut = text.isEmpty() ? 0 : random.nextInt(text.length());
            jdk.write(text);
            switch (random.nextInt(3)) {
                case 0 -> {
                    ours.write(text.substring(0, cut));
                    ours.write(text, cut, text.length() - cut);
                }
                case 1 -> ours.write(text.toCharArray(), 0, text.length());
                default -> text.chars().forEach(c -> write(ours, c));
            }
            if (random.nextInt(10) == 0) {
                ours.number(random.nextInt(Integer.MAX_VALUE));
                jdk.write("?");  // the number follows whatever surrogate was left waiting
                ours.write("?");
            }
        }
        // A lone high surrogate at the very end waits for its pair in both; end on a plain character.
        jdk.write('.');
        jdk.flush();
        ours.write('.');
        ours.flush();
        assertThat(replaceNumbers(actual.toByteArray())).isEqualTo(replaceNumbers(expected.toByteArray()));
    }

    /** Numbers are written only by ours: compare the texts with every run of digits removed. */
    private static String replaceNumbers(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).replaceAll("[0-9]+", "");
    }

    private static void write(Writer out, int c) {
        try {
            out.write(c);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void page_text_is_streamed_as_html_escape_gives_it() throws IOException {
        for (String text : texts()) {
            assertThat(streamed(out -> Html.escape(text, out))).as(text)
                    .isEqualTo(Html.escape(text).getBytes(StandardCharsets.UTF_8));
            assertThat(streamed(out -> Html.anchor("p-", text, out))).as(text)
                    .isEqualTo(Html.anchor("p-", text).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void links_are_recognised_as_java_net_uri_recognises_them() {
        List<String> candidates = new ArrayList<>(texts());
        candidates.addAll(List.of("http://a", "HTTPS://x.ru/a b", "hTtP://кириллица.рф/", " https://x.ru ", "http:",
                "http://", "https:/x", "mailto:a@b.ru", "MAILTO:", "tel:+7 4712", "tel:", "javascript:alert(1)",
                "ftp://x", "file:///etc/passwd", "data:text/html,<b>", "http//x", "h:ttp://x", "\u017Ftp://x",
                "http\u017F://x", "https://x.ru/#frag", "http://[::1]/", "http://%zz"));
        for (String text : candidates) {
            assertThat(Html.href(text)).as(text).isEqualTo(formerHref(text));
        }
    }

    /** Html.href as it was before it looked at the scheme first: java.net.URI decides. */
    private static Optional<String> formerHref(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String candidate = text.strip();
        try {
            java.net.URI uri = new java.net.URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            boolean web = (scheme.equals("http") || scheme.equals("https"))
                    && uri.getRawAuthority() != null && !uri.getRawAuthority().isBlank();
            boolean other = (scheme.equals("mailto") || scheme.equals("tel")) && uri.getSchemeSpecificPart() != null
                    && !uri.getSchemeSpecificPart().isBlank();
            return web || other ? Optional.of(candidate) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    @Test
    void the_pages_embedded_data_is_the_json_jackson_wrote_with_the_script_safe_escapes() throws IOException {
        List<String> texts = texts();
        java.io.StringWriter expected = new java.io.StringWriter();
        com.fasterxml.jackson.core.JsonGenerator jackson = JsonFiles.FACTORY.createGenerator(expected);
        jackson.setCharacterEscapes(new FormerScriptSafeEscapes());
        jackson.writeStartObject();
        jackson.writeObjectFieldStart("texts");
        for (int i = 0; i < texts.size(); i++) {
            jackson.writeObjectFieldStart(texts.get(i));
            jackson.writeStringField("n", Integer.toString(i));
            jackson.writeArrayFieldStart("list");
            jackson.writeString(texts.get(i));
            jackson.writeString("b");
            jackson.writeEndArray();
            jackson.writeArrayFieldStart("none");
            jackson.writeEndArray();
            jackson.writeEndObject();
        }
        jackson.writeEndObject();
        jackson.writeEndObject();
        jackson.close();

        byte[] ours = streamed(out -> {
            ScriptJson json = new ScriptJson(out);
            json.startObject();
            json.name("texts");
            json.startObject();
            for (int i = 0; i < texts.size(); i++) {
                json.name(texts.get(i));
                json.startObject();
                json.field("n", Integer.toString(i));
                json.name("list");
                json.startArray();
                json.value(texts.get(i));
                json.value("b");
                json.endArray();
                json.name("none");
                json.startArray();
                json.endArray();
                json.endObject();
            }
            json.endObject();
            json.endObject();
        });
        assertThat(new String(ours, StandardCharsets.UTF_8))
                .isEqualTo(new String(expected.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    /** The escapes JsonFiles gave Jackson for the page's embedded data, before ScriptJson wrote it. */
    private static final class FormerScriptSafeEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes = standardAsciiEscapesForJSON();

        FormerScriptSafeEscapes() {
            escapes['<'] = ESCAPE_CUSTOM;
            escapes['>'] = ESCAPE_CUSTOM;
            escapes['&'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            boolean bidiControl = (ch >= 0x202A && ch <= 0x202E) || (ch >= 0x2066 && ch <= 0x2069);
            if (ch == '<' || ch == '>' || ch == '&' || ch == 0x2028 || ch == 0x2029 || bidiControl) {
                return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }

    @Test
    void search_text_is_lower_case_with_yo_read_as_ye() {
        List<String> texts = new ArrayList<>(texts());
        texts.addAll(List.of("ЁЛКА Ёж Ѐ Џ Ѐ ЯЩЪ", "ΣΟΦΟΣ ΌΔΟΣ", "İSTANBUL", "MAẞE Straße", "ǅ ǈ ǋ", "Ⅻ Ⓐ", "\uD801\uDC00"));
        for (java.util.Locale locale : List.of(new java.util.Locale("ru"), java.util.Locale.ENGLISH,
                new java.util.Locale("tr"))) {
            SearchText search = new SearchText(locale);
            for (int i = 0; i + 2 < texts.size(); i++) {
                String expected = java.util.stream.Stream.of(texts.get(i), null, texts.get(i + 1), texts.get(i + 2))
                        .filter(java.util.Objects::nonNull).map(part -> part.toLowerCase(locale).replace('ё', 'е'))
                        .collect(java.util.stream.Collectors.joining(" "));
                search.clear().add(texts.get(i)).add(null).add(texts.get(i + 1)).add(texts.get(i + 2));
                assertThat(search.toString()).as(texts.get(i)).isEqualTo(expected);
            }
        }
    }

    @Test
    void whitespace_at_the_ends_of_a_cell_is_what_java_calls_whitespace() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(XlsxWriter.whitespace((char) c)).as("U+%04X", c).isEqualTo(Character.isWhitespace((char) c));
        }
    }

    @Test
    void a_workbook_cell_is_escaped_as_before() {
        for (String text : texts()) {
            assertThat(XlsxWriter.cellText(text)).as(text).isEqualTo(formerCellText(text));
        }
    }

    @Test
    void a_csv_field_is_quoted_as_before() throws IOException {
        for (String text : texts()) {
            String expected = text.matches("(?s).*[,\"\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
            assertThat(streamed(out -> CsvWriter.writeField(out, text))).as(text)
                    .isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void canonical_strings_are_those_of_rfc_8785_and_lone_surrogates_are_refused() {
        for (String text : texts()) {
            String expected = formerCanonicalString(text);
            if (expected == null) {
                assertThatThrownBy(() -> CanonicalJson.bytes(text)).as(text).isInstanceOf(IllegalArgumentException.class);
            } else {
                assertThat(CanonicalJson.bytes(text)).as(text).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void record_digests_taken_while_writing_are_those_read_back_from_the_file(@TempDir Path folder) throws IOException {
        Register register = InMemoryVersions.load(Registers.hostile(folder));
        ApprovedVersion version = new ApprovedVersion("approved/2026-11-30", "Приказ № 1", LocalDate.of(2026, 11, 30),
                "a".repeat(40), 58, 33, "sha256:0");
        Snapshot snapshot = Snapshot.approved(register, version, Optional.empty(), List.of(), "test");
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        RecordDigests written = new SnapshotJsonWriter().write(snapshot, json);
        assertThat(written.records()).hasSize(1 + register.points().size() + register.processes().size());
        assertThat(written).isEqualTo(RecordDigests.of(new ByteArrayInputStream(json.toByteArray())));
    }

    private interface Streaming {
        void writeTo(Utf8Output out) throws IOException;
    }

    private static byte[] streamed(Streaming streaming) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Output out = new Utf8Output(bytes);
        streaming.writeTo(out);
        out.write('.');  // lets a lone high surrogate at the end out, as '?'
        out.flush();
        byte[] all = bytes.toByteArray();
        return java.util.Arrays.copyOf(all, all.length - 1);
    }

    /** XlsxWriter.cellText as it was written before streaming, String by String. */
    private static String formerCellText(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#13;");
                case '\t', '\n' -> out.append(c);
                case '_' -> out.append(formerStartsEscape(text, i) ? "_x005F_" : "_");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        out.append(String.format("_x%04X_", (int) c));
                    } else if (Character.isSurrogate(c)) {
                        boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                                && Character.isLowSurrogate(text.charAt(i + 1));
                        if (pair) {
                            out.append(c).append(text.charAt(++i));
                        } else {
                            out.append('\uFFFD');
                        }
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean formerStartsEscape(String text, int i) {
        if (i + 6 > text.length() || text.charAt(i + 1) != 'x') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** CanonicalJson's string as it was written before streaming; {@code null} where it refused the text. */
    private static String formerCanonicalString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", c));
                    } else if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                        return null;
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
