package ru.perechen.tp.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;

/**
 * Writes a table as CSV for Excel and for machines: UTF-8 with a byte-order mark (without it, Excel
 * reads Cyrillic as Windows-1251), comma-separated, CRLF line ends, fields quoted as RFC 4180 says,
 * and text that a spreadsheet could take for a formula neutralised with a leading {@code '}.
 */
final class CsvWriter {

    private static final char BOM = '\uFEFF';

    void write(Table table, OutputStream stream) throws IOException {
        Utf8Output out = new Utf8Output(stream);
        out.write(BOM);
        writeRow(out, table.columns().stream().map(Table.Column::header).toList());
        for (List<String> row : table.rows()) {
            writeRow(out, row);
        }
        out.flush();
        stream.flush();
    }

    private static void writeRow(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            writeField(out, SpreadsheetText.forCsv(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** Writes one field, in quotes (with {@code "} doubled) when it holds a comma, a quote or a line end. */
    static void writeField(Writer writer, String text) throws IOException {
        int length = text.length();
        // Scanned as an array: String.charAt on Cyrillic text is slow where tp runs (see Utf8Output).
        char[] chars = writer instanceof Utf8Output utf8 ? utf8.chars(text) : text.toCharArray();
        boolean quoted = false;
        for (int i = 0; i < length && !quoted; i++) {
            char c = chars[i];
            quoted = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quoted) {
            writer.write(chars, 0, length);
            return;
        }
        writer.write('"');
        int run = 0;
        for (int i = 0; i < length; i++) {
            if (chars[i] == '"') {
                writer.write(chars, run, i + 1 - run);
                run = i;  // the quote is written again with the next run: doubled
            }
        }
        writer.write(chars, run, length - run);
        writer.write('"');
    }
}
