package ru.perechen.tp.spreadsheet;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Workbooks for tests outside this package: sheets «Инструкция», «Точки», «Процессы» of inline strings. */
public final class TestWorkbooks {

    private TestWorkbooks() {
    }

    public static void write(Path file, List<List<String>> instructions, List<List<String>> points,
                             List<List<String>> processes) {
        Map<String, String> sheets = new LinkedHashMap<>();
        sheets.put("Инструкция", xml(instructions));
        sheets.put("Точки", xml(points));
        sheets.put("Процессы", xml(processes));
        TestWorkbook.of(sheets, null).writeTo(file);
    }

    private static String xml(List<List<String>> rows) {
        StringBuilder xml = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            xml.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < rows.get(r).size(); c++) {
                xml.append("<c r=\"").append(Sheet.columnName(c)).append(r + 1).append("\" t=\"inlineStr\"><is><t>")
                        .append(rows.get(r).get(c).replace("&", "&amp;").replace("<", "&lt;")).append("</t></is></c>");
            }
            xml.append("</row>");
        }
        return xml.toString();
    }
}
