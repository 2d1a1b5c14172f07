package ru.perechen.tp.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes tables as an Excel workbook (Office Open XML, the smallest set of parts Excel and
 * LibreOffice open): one sheet per table, a bold header row that stays in view, an auto-filter on
 * it, sensible column widths, and every cell an inline string (never a number, a date or a formula).
 * Text that a spreadsheet could take for a formula gets Excel's quote-prefix style, so it shows as
 * written and stays text when edited.
 *
 * <p>Written here rather than with a library because the snapshot must be byte-identical when
 * published again: the libraries at hand stamp the time of writing into the package (document
 * properties and zip entries) and offer no quote-prefix style. Rows are streamed straight into the
 * zip, so memory does not grow with the register.
 */
final class XlsxWriter {

    /** Excel's limit for the text of one cell. */
    static final int MAX_CELL_LENGTH = 32_767;
    /** Zip entries carry this fixed time, never the time of writing. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private static final int STYLE_HEADER = 1;
    private static final int STYLE_TEXT = 2;
    private static final int STYLE_QUOTED_TEXT = 3;

    /**
     * @param pageHeader a word printed at the top of every page of every sheet («ПРОЕКТ» for a draft)
     */
    void write(List<Table> tables, Optional<String> pageHeader, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        // Compressing takes as long as making the sheets: a thread of its own does it, and what follows.
        WriterThread compressing = new WriterThread("tp-workbook-zip");
        boolean written = false;
        try {
            Utf8Output writer = new Utf8Output(compressing.streamTo(zip));
            entry(compressing, zip, writer, "[Content_Types].xml", contentTypes(tables.size()));
            entry(compressing, zip, writer, "_rels/.rels", XML_DECLARATION
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(compressing, zip, writer, "xl/_rels/workbook.xml.rels", workbookRelationships(tables.size()));
            entry(compressing, zip, writer, "xl/styles.xml", STYLES);
            List<String> filterRanges = new ArrayList<>();
            for (int i = 0; i < tables.size(); i++) {
                ZipEntry sheet = zipEntry("xl/worksheets/sheet" + (i + 1) + ".xml");
                compressing.submit(() -> zip.putNextEntry(sheet));
                filterRanges.add(writeSheet(tables.get(i), i == 0, pageHeader, writer));
                writer.flush();
                compressing.submit(zip::closeEntry);
            }
            entry(compressing, zip, writer, "xl/workbook.xml", workbook(tables, filterRanges));
            compressing.submit(() -> {
                zip.finish();
                zip.flush();
            });
            compressing.close();
            written = true;
        } finally {
            if (!written) {
                compressing.abandon();
            }
        }
    }

    private static ZipEntry zipEntry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        return entry;
    }

    private static void entry(WriterThread compressing, ZipOutputStream zip, Utf8Output writer, String name,
                              String content) throws IOException {
        ZipEntry entry = zipEntry(name);
        compressing.submit(() -> zip.putNextEntry(entry));
        writer.write(content);
        writer.flush();
        compressing.submit(zip::closeEntry);
    }

    /** Writes one sheet; returns the range of its auto-filter ({@code A1:V59}). */
    private static String writeSheet(Table table, boolean selected, Optional<String> pageHeader, Utf8Output out)
            throws IOException {
        int columns = table.columns().size();
        out.write(XML_DECLARATION);
        out.write("<worksheet xmlns=\"" + MAIN_NS + "\"><sheetViews><sheetView workbookViewId=\"0\"");
        out.write(selected ? " tabSelected=\"1\">" : ">");
        out.write("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
                + "<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int c = 0; c < columns; c++) {
            out.write("<col min=\"" + (c + 1) + "\" max=\"" + (c + 1) + "\" width=\""
                    + table.columns().get(c).width() + "\" customWidth=\"1\"/>");
        }
        out.write("</cols><sheetData>");
        RowWriter rows = new RowWriter(out);
        int rowNumber = 1;
        rows.write(rowNumber, table.columns().stream().map(Table.Column::header).toList(), true);
        for (List<String> row : table.rows()) {
            rowNumber++;
            rows.write(rowNumber, row, false);
        }
        out.write("</sheetData>");
        String range = "A1:" + columnName(columns - 1) + rowNumber;
        out.write("<autoFilter ref=\"" + range + "\"/>");
        out.write("<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>");
        out.write("<pageSetup orientation=\"landscape\"/>");
        if (pageHeader.isPresent()) {
            // &C: centred; && is a literal ampersand in Excel's header codes.
            out.write("<headerFooter><oddHeader>&amp;C&amp;B" + cellText(pageHeader.get().replace("&", "&&"))
                    + "</oddHeader></headerFooter>");
        }
        out.write("</worksheet>");
        return range;
    }

    /** Writes the rows of a sheet, each cell an inline string; column names are made once. */
    private static final class RowWriter {
        private final Utf8Output out;
        private final List<String> cellStarts = new ArrayList<>();

        RowWriter(Utf8Output out) {
            this.out = out;
        }

        void write(int rowNumber, List<String> cells, boolean header) throws IOException {
            out.write("<row r=\"");
            out.number(rowNumber);
            out.write("\">");
            for (int c = 0; c < cells.size(); c++) {
                String text = cells.get(c);
                if (text == null || text.isEmpty()) {
                    continue;
                }
                if (text.length() > MAX_CELL_LENGTH) {
                    text = text.substring(0, MAX_CELL_LENGTH - 1) + "…";
                }
                int style = header ? STYLE_HEADER
                        : SpreadsheetText.startsLikeFormula(text) ? STYLE_QUOTED_TEXT : STYLE_TEXT;
                out.write(cellStart(c));
                out.number(rowNumber);
                out.write("\" s=\"");
                out.number(style);
                out.write("\" t=\"inlineStr\"><is><t");
                cellText(text, out, true);
                out.write("</t></is></c>");
            }
            out.write("</row>");
        }

        /** {@code <c r="AB}: what begins a cell of the column. */
        private String cellStart(int column) {
            while (cellStarts.size() <= column) {
                cellStarts.add("<c r=\"" + columnName(cellStarts.size()));
            }
            return cellStarts.get(column);
        }
    }

    /** {@code A}, {@code B}, …, {@code Z}, {@code AA}, … for a 0-based column index. */
    static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int rest = (n - 1) % 26;
            name.insert(0, (char) ('A' + rest));
            n = (n - 1) / 26;
        }
        return name.toString();
    }

    /**
     * The text of a cell as XML character data. Characters XML cannot carry (controls) are written
     * as Excel's {@code _xHHHH_} escapes, and an underscore that would start such an escape is itself
     * escaped, so that a reader gets back exactly the text of the register.
     */
    static String cellText(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() + 16);
        try (Utf8Output out = new Utf8Output(bytes)) {
            cellText(text, out, false);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        // Nothing unpaired is left (see below), so the text decodes back as it was written.
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes {@link #cellText(String)}; with {@code element}, first what ends the {@code <t} tag:
     * {@code  xml:space="preserve">} when spaces at the ends, double spaces or line ends must be kept, else {@code >}.
     * One pass over the text finds both.
     */
    private static void cellText(String text, Utf8Output out, boolean element) throws IOException {
        int length = text.length();
        char[] chars = out.chars(text);
        boolean plain = true;
        boolean preserve = false;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                if (c == ' ') {
                    preserve |= i + 1 < length && chars[i + 1] == ' ';
                } else if (c < 0x20) {
                    preserve |= c == '\n' || c == '\t' || c == '\r';
                    plain &= c == '\t' || c == '\n';
                } else {
                    plain &= c != '&' && c != '<' && c != '>' && c != '_';
                }
            } else if (c >= 0xD800) {
                plain &= !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF;
            }
        }
        if (element) {
            preserve |= whitespace(chars[0]) || whitespace(chars[length - 1]);
            out.write(preserve ? " xml:space=\"preserve\">" : ">");
        }
        if (plain) {
            out.encode(chars, 0, length);  // most cells: nothing to escape
            return;
        }
        int run = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            String replacement;
            switch (c) {
                case '&' -> replacement = "&amp;";
                case '<' -> replacement = "&lt;";
                case '>' -> replacement = "&gt;";
                case '\r' -> replacement = "&#13;";
                case '\t', '\n' -> replacement = null;
                case '_' -> replacement = startsEscape(chars, length, i) ? "_x005F_" : null;
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        replacement = String.format("_x%04X_", (int) c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
                        i++;  // a pair: written as it is
                        replacement = null;
                    } else {
                        replacement = Character.isSurrogate(c) ? "\uFFFD" : null;
                    }
                }
            }
            if (replacement != null) {
                out.encode(chars, run, i);
                out.write(replacement);
                run = i + 1;
            }
        }
        out.encode(chars, run, length);
    }

    /** {@link Character#isWhitespace}, deciding below U+1680 (every Latin and Cyrillic text) without its tables. */
    static boolean whitespace(char c) {
        if (c < 0x1680) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
        }
        return Character.isWhitespace(c);
    }

    /**
     * Whether {@code _xHHHH} begins at {@code i}: with the {@code _} that follows in the text, or
     * with the one that starts the escape of a control character after it (found by
     * EscapingFuzzTest), a reader would take it for an escape, so the underscore is escaped itself.
     */
    private static boolean startsEscape(char[] text, int length, int i) {
        if (i + 6 > length || text[i + 1] != 'x') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(text[k], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String attribute(String text) {
        return cellText(text).replace("\"", "&quot;").replace("\n", "&#10;").replace("\t", "&#9;");
    }

    private static String contentTypes(int sheets) {
        StringBuilder xml = new StringBuilder(XML_DECLARATION)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
                .append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (int i = 1; i <= sheets; i++) {
            xml.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return xml.append("</Types>").toString();
    }

    private static String workbookRelationships(int sheets) {
        StringBuilder xml = new StringBuilder(XML_DECLARATION)
                .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 1; i <= sheets; i++) {
            xml.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL_NS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        xml.append("<Relationship Id=\"rId").append(sheets + 1).append("\" Type=\"").append(REL_NS)
                .append("/styles\" Target=\"styles.xml\"/>");
        return xml.append("</Relationships>").toString();
    }

    private static String workbook(List<Table> tables, List<String> filterRanges) {
        StringBuilder xml = new StringBuilder(XML_DECLARATION)
                .append("<workbook xmlns=\"").append(MAIN_NS).append("\" xmlns:r=\"").append(REL_NS).append("\">")
                .append("<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < tables.size(); i++) {
            xml.append("<sheet name=\"").append(attribute(sheetName(tables.get(i).name()))).append("\" sheetId=\"")
                    .append(i + 1).append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        xml.append("</sheets><definedNames>");
        for (int i = 0; i < tables.size(); i++) {
            // Excel keeps the auto-filter's range in this hidden name as well as in the sheet.
            String sheet = "'" + sheetName(tables.get(i).name()).replace("'", "''") + "'";
            String range = filterRanges.get(i).replaceAll("([A-Z]+)(\\d+)", "\\$$1\\$$2");
            xml.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(i)
                    .append("\" hidden=\"1\">").append(cellText(sheet + "!" + range)).append("</definedName>");
        }
        return xml.append("</definedNames></workbook>").toString();
    }

    /** Excel's rules for sheet names: at most 31 characters, none of {@code []:*?/\}. */
    static String sheetName(String name) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }

    private static final String STYLES = XML_DECLARATION
            + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
            + "<fonts count=\"2\">"
            + "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "</fonts>"
            + "<fills count=\"3\">"
            + "<fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFDCE3ED\"/><bgColor indexed=\"64\"/></patternFill></fill>"
            + "</fills>"
            + "<borders count=\"2\">"
            + "<border><left/><right/><top/><bottom/><diagonal/></border>"
            + "<border><left/><right/><top/><bottom style=\"thin\"><color rgb=\"FF5B6B82\"/></bottom><diagonal/></border>"
            + "</borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"4\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            // The header: bold on a light fill with a rule below it.
            + "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\""
            + " applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\">"
            + "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            // Text (number format @), wrapped, top-aligned.
            + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\""
            + " applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            // The same with the quote prefix: text beginning with = + - @ stays text.
            + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\""
            + " applyAlignment=\"1\" quotePrefix=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            + "</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";
}
