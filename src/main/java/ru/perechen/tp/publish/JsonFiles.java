package ru.perechen.tp.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * How published JSON is written: two-space indentation, {@code "key": value}, LF line ends on every
 * system, so that the same snapshot gives the same bytes on Windows and Linux.
 */
final class JsonFiles {

    static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private JsonFiles() {
    }

    /** A generator for a published file (UTF-8); the caller writes a final {@code \n}. */
    static JsonGenerator file(OutputStream out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        json.setPrettyPrinter(new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter));
        return json;
    }

    /**
     * A compact generator for JSON embedded in an HTML {@code <script>} element: {@code <}, {@code >}
     * and {@code &} are written as {@code \u003c}, {@code \u003e}, {@code \u0026}, so no text can
     * close the element or open a comment; U+2028/U+2029 (line ends to older script engines) and the
     * direction controls are escaped too, so the page's source reads as it is.
     */
    static JsonGenerator embedded(Writer out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out);
        json.setCharacterEscapes(new ScriptSafeEscapes());
        return json;
    }

    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes = standardAsciiEscapesForJSON();

        ScriptSafeEscapes() {
            escapes['<'] = ESCAPE_CUSTOM;
            escapes['>'] = ESCAPE_CUSTOM;
            escapes['&'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            boolean bidiControl = (ch >= 0x202A && ch <= 0x202E) || (ch >= 0x2066 && ch <= 0x2069);
            if (ch == '<' || ch == '>' || ch == '&' || ch == 0x2028 || ch == 0x2029 || bidiControl) {
                return new SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }
}
