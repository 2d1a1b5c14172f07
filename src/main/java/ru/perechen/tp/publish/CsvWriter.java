package ru.perechen.tp.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a table as CSV for Excel and for machines: UTF-8 with a byte-order mark (without it, Excel
 * reads Cyrillic as Windows-1251), comma-separated, CRLF line ends, fields quoted as RFC 4180 says,
 * and text that a spreadsheet could take for a formula neutralised with a leading {@code '}.
 */
final class CsvWriter {

    private static final char BOM = '\uFEFF';

    void write(Table table, OutputStream out) throws IOException {
        Writer writer = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write(BOM);
        writeRow(writer, table.columns().stream().map(Table.Column::header).toList());
        for (List<String> row : table.rows()) {
            writeRow(writer, row);
        }
        writer.flush();
    }

    private static void writeRow(Writer writer, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writeField(writer, SpreadsheetText.forCsv(cells.get(i)));
        }
        writer.write("\r\n");
    }

    static void writeField(Writer writer, String text) throws IOException {
        if (!needsQuotes(text)) {
            writer.write(text);
            return;
        }
        writer.write('"');
        writer.write(text.replace("\"", "\"\""));
        writer.write('"');
    }

    private static boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
