package ru.perechen.tp.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** XLSX files made part by part for tests: well-formed ones and hostile ones. */
final class TestWorkbook {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    /** A workbook with the given sheets (name → sheetData XML) and, if not null, a shared-strings part. */
    static TestWorkbook of(Map<String, String> sheets, String sharedStrings) {
        TestWorkbook workbook = new TestWorkbook();
        workbook.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        workbook.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        StringBuilder book = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN
                + "\" xmlns:r=\"" + REL + "\"><sheets>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        int i = 0;
        for (Map.Entry<String, String> sheet : sheets.entrySet()) {
            i++;
            book.append("<sheet name=\"").append(sheet.getKey()).append("\" sheetId=\"").append(i)
                    .append("\" r:id=\"rId").append(i).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
            workbook.put("xl/worksheets/sheet" + i + ".xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + sheet.getValue() + "</sheetData></worksheet>");
        }
        if (sharedStrings != null) {
            rels.append("<Relationship Id=\"rId99\" Type=\"").append(REL)
                    .append("/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>");
            workbook.put("xl/sharedStrings.xml", sharedStrings);
        }
        workbook.put("xl/workbook.xml", book.append("</sheets></workbook>").toString());
        workbook.put("xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
        return workbook;
    }

    /** One sheet named «Лист1» whose rows are inline strings. */
    static TestWorkbook rows(List<List<String>> rows) {
        StringBuilder xml = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            xml.append("<row r=\"").append(r + 1).append("\">");
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                if (!cells.get(c).isEmpty()) {
                    xml.append("<c r=\"").append(Sheet.columnName(c)).append(r + 1).append("\" t=\"inlineStr\"><is><t>")
                            .append(cells.get(c).replace("&", "&amp;").replace("<", "&lt;")).append("</t></is></c>");
                }
            }
            xml.append("</row>");
        }
        return of(Map.of("Лист1", xml.toString()), null);
    }

    TestWorkbook put(String name, String content) {
        parts.put(name, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    TestWorkbook put(String name, byte[] content) {
        parts.put(name, content);
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    Path writeTo(Path file) {
        try {
            Files.write(file, bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
