package ru.perechen.tp.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Canonical JSON (RFC 8785) by example, and the record hashes built on it. */
class CanonicalJsonTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{ \"b\" : 1, \"a\" : [true, false, null] }                | {\"a\":[true,false,null],\"b\":1}",
        "{\"é\": 1, \"z\": 2, \"A\": 3, \"\\u20ac\": 4}            | {\"A\":3,\"z\":2,\"é\":1,\"€\":4}",
        "\"line\\nbreak\\ttab\\u0001\\u001f\\\"q\\\\\\/\"          | \"line\\nbreak\\ttab\\u0001\\u001f\\\"q\\\\/\"",
        "\"\\u2028 \\u007f <script>\"                                | \"\u2028 \u007f <script>\"",
        "-9007199254740992                                          | -9007199254740992",
        "[]                                                         | []",
        "{\"\\ud83d\\ude00\": {}, \"\\ufb33\": 0}                  | {\"\uD83D\uDE00\":{},\"\uFB33\":0}"})
    // the last: by UTF-16 code units U+1F600 (D83D DE00) sorts before U+FB33, unlike by code points
    void values_are_written_as_rfc_8785_says(String json, String canonical) throws IOException {
        assertThat(CanonicalJson.canonical(json)).isEqualTo(canonical);
    }

    @Test
    void numbers_that_have_no_single_form_and_lone_surrogates_are_refused() {
        assertThatThrownBy(() -> CanonicalJson.canonical("1.5")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> CanonicalJson.canonical("9007199254740993")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> CanonicalJson.canonical("{\"a\":1,\"a\":2}")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> CanonicalJson.canonical("\"\\ud800\"")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_record_hash_ignores_layout_and_member_order_but_not_one_character_of_text() throws IOException {
        RecordDigests pretty = digests("{\"points\": [\n  {\"id\": \"TP-1\", \"name\": \"Сайт\"}\n], \"title\": \"T\"}");
        RecordDigests compact = digests("{\"title\":\"T\",\"points\":[{\"name\":\"Сайт\",\"id\":\"TP-1\"}]}");
        RecordDigests edited = digests("{\"title\":\"T\",\"points\":[{\"name\":\"Сайт \",\"id\":\"TP-1\"}]}");

        assertThat(compact).isEqualTo(pretty);
        assertThat(edited.records()).extracting(RecordDigests.Entry::key).containsExactly("points/TP-1", "register");
        assertThat(edited.records().get(0)).isNotEqualTo(pretty.records().get(0));
        assertThat(edited.records().get(1)).isEqualTo(pretty.records().get(1));
        assertThat(edited.root()).isNotEqualTo(pretty.root());
        // the hash of a record is that of its canonical bytes
        assertThat(pretty.records().get(0).sha256()).isEqualTo(RecordDigests.sha256(
                "{\"id\":\"TP-1\",\"name\":\"Сайт\"}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_file_that_is_not_a_register_is_an_error_not_an_empty_list() {
        assertThatThrownBy(() -> digests("[1, 2]")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> digests("{\"points\": [{\"id\": \"TP-1\"}")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> digests("{\"points\": [{\"id\": \"\\udc00\"}]}")).isInstanceOf(IOException.class);
    }

    private static RecordDigests digests(String json) throws IOException {
        return RecordDigests.of(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
