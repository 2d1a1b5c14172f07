package ru.perechen.tp.spreadsheet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV file as one sheet, forgiving the ways Excel and people save them: UTF-8 with or
 * without a byte-order mark, UTF-16 with one (Excel's «Unicode text»), Windows-1251 (Excel's CSV in
 * a Russian Windows); a comma, a semicolon (Russian Excel) or a tab between fields, whichever the
 * first lines use most; CRLF, LF or CR line ends; fields quoted as RFC 4180 says, a stray quote
 * inside an unquoted field kept as text. Rows are numbered as records, as Excel numbers them when
 * it opens the file.
 */
final class CsvReader {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final int SNIFF_CHARS = 64 * 1024;

    private final ReadLimits limits;

    CsvReader(ReadLimits limits) {
        this.limits = limits;
    }

    Sheet read(String name, byte[] bytes) throws ImportException {
        String text = decode(name, bytes);
        if (text.indexOf('\0') >= 0) {
            throw new ImportException("import.error.not-text", name);
        }
        char delimiter = delimiter(text);
        List<Sheet.Row> rows = new ArrayList<>();
        Map<Integer, String> cells = new HashMap<>();
        StringBuilder field = new StringBuilder();
        int column = 0;
        int number = 1;
        boolean quoted = false;
        boolean fieldStarted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        append(name, number, column, field, '"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    append(name, number, column, field, c);
                }
                i++;
                continue;
            }
            if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == delimiter) {
                column = endField(name, number, cells, field, column);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                endField(name, number, cells, field, column);
                rows.add(new Sheet.Row(number, cells));
                if (rows.size() > limits.maxRows()) {
                    throw new ImportException("import.error.too-many-rows", name, limits.maxRows());
                }
                cells = new HashMap<>();
                column = 0;
                fieldStarted = false;
                number++;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                append(name, number, column, field, c);
                fieldStarted = true;
            }
            i++;
        }
        if (fieldStarted || !cells.isEmpty() || field.length() > 0) {
            endField(name, number, cells, field, column);
            rows.add(new Sheet.Row(number, cells));
        }
        return new Sheet(name, rows);
    }

    private void append(String name, int row, int column, StringBuilder field, char c) throws ImportException {
        if (field.length() >= limits.maxCsvCellChars()) {
            throw new ImportException("import.error.cell-too-long", name, Sheet.columnName(column) + row,
                    limits.maxCsvCellChars());
        }
        field.append(c);
    }

    private int endField(String name, int row, Map<Integer, String> cells, StringBuilder field, int column)
            throws ImportException {
        if (column >= limits.maxColumns()) {
            throw new ImportException("import.error.too-many-columns", name, row, limits.maxColumns());
        }
        if (field.length() > 0) {
            cells.put(column, field.toString());
        }
        field.setLength(0);
        return column + 1;
    }

    private static String decode(String name, byte[] bytes) throws ImportException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(name, bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(name, bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(name, bytes, 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Not UTF-8: Excel in a Russian Windows saves CSV in Windows-1251, where every byte is a character.
            return new String(bytes, WINDOWS_1251);
        }
    }

    private static String strict(String name, byte[] bytes, int offset, Charset charset) throws ImportException {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException("import.error.encoding", name, charset.name());
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The separator the first lines use most, outside quotes: comma, semicolon or tab; a comma when none. */
    static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        int end = Math.min(text.length(), SNIFF_CHARS);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> {
                        // other characters say nothing about the separator
                    }
                }
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
