package ru.perechen.tp.publish;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** An XLSX file opened as a test reads it: its parts parsed as XML, its sheets as rows of cell texts. */
final class Workbook {

    final Map<String, String> parts = new LinkedHashMap<>();
    final Map<String, Document> xml = new LinkedHashMap<>();

    Workbook(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                byte[] content = zip.readAllBytes();
                parts.put(entry.getName(), new String(content, StandardCharsets.UTF_8));
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                xml.put(entry.getName(), factory.newDocumentBuilder().parse(new ByteArrayInputStream(content)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new AssertionError("the workbook is not well-formed XML: " + e, e);
        }
    }

    Document sheet(int number) {
        return xml.get("xl/worksheets/sheet" + number + ".xml");
    }

    /** The sheet's cells as rows of text (Excel's _xHHHH_ escapes decoded), empty cells as "". */
    List<List<String>> rows(int number) {
        List<List<String>> rows = new ArrayList<>();
        NodeList rowNodes = sheet(number).getElementsByTagNameNS("*", "row");
        for (int r = 0; r < rowNodes.getLength(); r++) {
            Element row = (Element) rowNodes.item(r);
            TreeMap<Integer, String> cells = new TreeMap<>();
            NodeList cellNodes = row.getElementsByTagNameNS("*", "c");
            for (int c = 0; c < cellNodes.getLength(); c++) {
                Element cell = (Element) cellNodes.item(c);
                cells.put(column(cell.getAttribute("r")), decode(cell.getTextContent()));
            }
            rows.add(new ArrayList<>(cells.values().stream().toList()));
            List<String> full = new ArrayList<>();
            int last = cells.isEmpty() ? -1 : cells.lastKey();
            for (int c = 0; c <= last; c++) {
                full.add(cells.getOrDefault(c, ""));
            }
            rows.set(rows.size() - 1, full);
        }
        return rows;
    }

    /** The style index of a cell by reference ({@code B7}). */
    String style(int sheet, String reference) {
        NodeList cells = sheet(sheet).getElementsByTagNameNS("*", "c");
        for (int i = 0; i < cells.getLength(); i++) {
            Element cell = (Element) cells.item(i);
            if (cell.getAttribute("r").equals(reference)) {
                return cell.getAttribute("s");
            }
        }
        throw new AssertionError("no cell " + reference);
    }

    private static int column(String reference) {
        int n = 0;
        for (char c : reference.toCharArray()) {
            if (Character.isLetter(c)) {
                n = n * 26 + (c - 'A' + 1);
            }
        }
        return n - 1;
    }

    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    static String decode(String text) {
        Matcher m = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
