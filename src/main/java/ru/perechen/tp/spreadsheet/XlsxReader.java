package ru.perechen.tp.spreadsheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the sheets of an XLSX workbook as text, for the subset of SpreadsheetML that lists are kept
 * in: shared strings, inline strings, numbers, booleans and the cached results of formulas (a
 * formula is never evaluated). Written here rather than with Apache POI, which would add some
 * fifteen megabytes of libraries for a reader of a few hundred lines.
 *
 * <p>An XLSX file is a zip of XML parts, and both layers are read defensively, because the file
 * comes from outside: the number of parts, the bytes they inflate to (together) and each part's
 * compression ratio are limited while inflating, whatever the zip's headers claim (zip bombs);
 * the XML is read by the JDK's StAX parser with DTDs refused outright and external entities off,
 * so no entity is ever expanded or fetched (XXE, "billion laughs"); the shared-strings table, the
 * only part held whole in memory, is limited in entries and characters, and every cell in length.
 */
final class XlsxReader {

    private static final String RELATIONSHIP_TYPE_SHEET = "/worksheet";
    private static final String RELATIONSHIP_TYPE_SHARED_STRINGS = "/sharedStrings";
    private static final String RELATIONSHIP_TYPE_DOCUMENT = "/officeDocument";
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private final ReadLimits limits;
    private final XMLInputFactory xml;

    XlsxReader(ReadLimits limits) {
        this.limits = limits;
        this.xml = XMLInputFactory.newDefaultFactory();
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        xml.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        xml.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        xml.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
    }

    /** The workbook's sheets in their order, each as rows of text. */
    List<Sheet> read(String name, Path file) throws ImportException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxZipEntries()) {
                throw new ImportException("import.error.zip-entries", name, limits.maxZipEntries());
            }
            Package pkg = new Package(name, zip);
            String workbook = pkg.documentPart();
            Map<String, Relationship> relationships = pkg.relationships(workbook);
            List<String> shared = List.of();
            for (Relationship relationship : relationships.values()) {
                if (relationship.type().endsWith(RELATIONSHIP_TYPE_SHARED_STRINGS)) {
                    shared = pkg.sharedStrings(relationship.target());
                }
            }
            List<Sheet> sheets = new ArrayList<>();
            for (String[] sheet : pkg.sheets(workbook)) {
                Relationship relationship = relationships.get(sheet[1]);
                if (relationship == null || !relationship.type().endsWith(RELATIONSHIP_TYPE_SHEET)) {
                    continue; // a chart sheet or a dialog sheet holds no cells
                }
                sheets.add(pkg.sheet(sheet[0], relationship.target(), shared));
            }
            return sheets;
        } catch (ZipException e) {
            throw new ImportException(e, "import.error.not-xlsx", name, String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw new ImportException(e, "import.error.read", name, String.valueOf(e.getMessage()));
        }
    }

    /** A relationship of a part: what it is and where the target part is. */
    private record Relationship(String type, String target) {
    }

    /** The open zip with its reading budget. */
    private final class Package {
        private final String name;
        private final ZipFile zip;
        private long unzipped;
        private ImportException refusal;

        Package(String name, ZipFile zip) {
            this.name = name;
            this.zip = zip;
        }

        /** The workbook part, as the package's own relationships name it. */
        String documentPart() throws ImportException {
            if (zip.getEntry("_rels/.rels") != null) {
                for (Relationship relationship : relationships("").values()) {
                    if (relationship.type().endsWith(RELATIONSHIP_TYPE_DOCUMENT)) {
                        return relationship.target();
                    }
                }
            }
            return "xl/workbook.xml";
        }

        /** The relationships of a part ({@code ""} for the package), by id, targets resolved to part names. */
        Map<String, Relationship> relationships(String part) throws ImportException {
            int slash = part.lastIndexOf('/');
            String folder = slash < 0 ? "" : part.substring(0, slash + 1);
            String relsPart = folder + "_rels/" + part.substring(slash + 1) + ".rels";
            Map<String, Relationship> relationships = new HashMap<>();
            if (zip.getEntry(relsPart) == null) {
                return relationships;
            }
            parse(relsPart, reader -> {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT
                            && reader.getLocalName().equals("Relationship")
                            && !"External".equals(reader.getAttributeValue(null, "TargetMode"))) {
                        String id = reader.getAttributeValue(null, "Id");
                        String type = reader.getAttributeValue(null, "Type");
                        String target = reader.getAttributeValue(null, "Target");
                        if (id != null && type != null && target != null) {
                            relationships.put(id, new Relationship(type, resolve(folder, target)));
                        }
                    }
                }
                return null;
            });
            return relationships;
        }

        /** The sheets the workbook lists, in order: {name, relationship id}. */
        List<String[]> sheets(String workbook) throws ImportException {
            require(workbook);
            List<String[]> sheets = new ArrayList<>();
            parse(workbook, reader -> {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("sheet")) {
                        String sheetName = reader.getAttributeValue(null, "name");
                        String id = null;
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            String namespace = reader.getAttributeNamespace(i);
                            if (reader.getAttributeLocalName(i).equals("id") && namespace != null
                                    && !namespace.isEmpty()) {
                                id = reader.getAttributeValue(i);
                            }
                        }
                        if (sheetName != null && id != null) {
                            sheets.add(new String[] {sheetName, id});
                        }
                    }
                }
                return null;
            });
            return sheets;
        }

        List<String> sharedStrings(String part) throws ImportException {
            require(part);
            List<String> strings = new ArrayList<>();
            long[] chars = {0};
            parse(part, reader -> {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("si")) {
                        if (strings.size() >= limits.maxSharedStrings()) {
                            throw refuse(new ImportException("import.error.shared-strings", name,
                                    limits.maxSharedStrings()));
                        }
                        String text = richText(reader, "si", "sharedStrings");
                        chars[0] += text.length();
                        if (chars[0] > limits.maxSharedChars()) {
                            throw refuse(new ImportException("import.error.shared-chars", name,
                                    limits.maxSharedChars()));
                        }
                        strings.add(text);
                    }
                }
                return null;
            });
            return strings;
        }

        Sheet sheet(String sheetName, String part, List<String> shared) throws ImportException {
            require(part);
            List<Sheet.Row> rows = new ArrayList<>();
            parse(part, reader -> {
                int rowNumber = 0;
                Map<Integer, String> cells = null;
                int column = -1;
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String element = reader.getLocalName();
                        if (element.equals("row")) {
                            int given = positive(reader.getAttributeValue(null, "r"));
                            rowNumber = given > 0 ? given : rowNumber + 1;
                            if (rowNumber > limits.maxRows() || rows.size() >= limits.maxRows()) {
                                throw refuse(new ImportException("import.error.sheet-too-many-rows", name, sheetName,
                                        limits.maxRows()));
                            }
                            cells = new HashMap<>();
                            column = -1;
                        } else if (element.equals("c") && cells != null) {
                            String reference = reader.getAttributeValue(null, "r");
                            int given = reference == null ? -1 : columnOf(reference);
                            column = given >= 0 ? given : column + 1;
                            if (column >= limits.maxColumns()) {
                                throw refuse(new ImportException("import.error.too-many-columns", name, rowNumber,
                                        limits.maxColumns()));
                            }
                            String text = cell(reader, sheetName, Sheet.columnName(column) + rowNumber, shared);
                            if (!text.isEmpty()) {
                                cells.put(column, text);
                            }
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("row")
                            && cells != null) {
                        rows.add(new Sheet.Row(rowNumber, cells));
                        cells = null;
                    }
                }
                return null;
            });
            return new Sheet(sheetName, rows);
        }

        /** The text of the cell whose start the reader is at; the reader ends at the cell's end. */
        private String cell(XMLStreamReader reader, String sheetName, String reference, List<String> shared)
                throws XMLStreamException {
            String type = reader.getAttributeValue(null, "t");
            String value = null;
            String inline = null;
            int depth = 1;
            while (depth > 0 && reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String element = reader.getLocalName();
                    if (element.equals("v")) {
                        value = limited(reader.getElementText(), sheetName, reference);
                    } else if (element.equals("is")) {
                        inline = richText(reader, "is", sheetName + "!" + reference);
                    } else if (element.equals("f")) {
                        reader.getElementText(); // the formula itself is never evaluated: its cached value counts
                    } else {
                        depth++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            if ("inlineStr".equals(type)) {
                return inline == null ? "" : inline;
            }
            if (value == null) {
                return inline == null ? "" : inline;
            }
            return switch (type == null ? "n" : type) {
                case "s" -> sharedString(shared, value, sheetName, reference);
                case "b" -> "1".equals(value.strip()) ? "true" : "false";
                case "n" -> number(value);
                default -> value; // str (a formula's text), e (an error such as #N/A), d (an ISO date)
            };
        }

        private String sharedString(List<String> shared, String value, String sheetName, String reference)
                throws XMLStreamException {
            try {
                int index = Integer.parseInt(value.strip());
                if (index >= 0 && index < shared.size()) {
                    return shared.get(index);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw refuse(new ImportException("import.error.bad-shared-index", name, sheetName + "!" + reference,
                    value));
        }

        /**
         * The text of a rich or plain string element ({@code si}, {@code is}): its {@code t} elements,
         * runs included, phonetic guides left out; Excel's {@code _xHHHH_} escapes decoded.
         */
        private String richText(XMLStreamReader reader, String element, String where) throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            Deque<String> open = new ArrayDeque<>();
            open.push(element);
            while (!open.isEmpty() && reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = reader.getLocalName();
                    if (local.equals("t") && !open.contains("rPh")) {
                        text.append(reader.getElementText());
                        if (text.length() > limits.maxCellChars() * 2L) {
                            break;
                        }
                    } else {
                        open.push(local);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    open.pop();
                }
            }
            String decoded = decode(text.toString());
            if (decoded.length() > limits.maxCellChars()) {
                throw refuse(new ImportException("import.error.cell-too-long", name, where, limits.maxCellChars()));
            }
            return decoded;
        }

        private String limited(String text, String sheetName, String reference) throws XMLStreamException {
            if (text.length() > limits.maxCellChars()) {
                throw refuse(new ImportException("import.error.cell-too-long", name, sheetName + "!" + reference,
                        limits.maxCellChars()));
            }
            return text;
        }

        private void require(String part) throws ImportException {
            if (zip.getEntry(part) == null) {
                throw new ImportException("import.error.xlsx-part-missing", name, part);
            }
        }

        private <T> T parse(String part, XmlReading<T> reading) throws ImportException {
            ZipEntry entry = zip.getEntry(part);
            try (InputStream in = new BudgetedStream(zip.getInputStream(entry), entry, this)) {
                XMLStreamReader reader = xml.createXMLStreamReader(in);
                try {
                    return reading.read(new DtdRefusingReader(reader, this, part));
                } finally {
                    reader.close();
                }
            } catch (XMLStreamException e) {
                if (refusal != null) {
                    throw refusal;
                }
                throw new ImportException(e, "import.error.xml", name, part, oneLine(e.getMessage()));
            } catch (IOException e) {
                if (refusal != null) {
                    throw refusal;
                }
                throw new ImportException(e, "import.error.read", name, String.valueOf(e.getMessage()));
            } catch (RuntimeException e) {
                if (refusal != null) {
                    throw refusal;
                }
                throw e;
            }
        }

        /** Remembers why reading stopped, so that the refusal survives the XML parser's wrapping. */
        XMLStreamException refuse(ImportException reason) {
            if (refusal == null) {
                refusal = reason;
            }
            return new XMLStreamException(reason.getMessage());
        }

        IOException refuseStream(ImportException reason) {
            if (refusal == null) {
                refusal = reason;
            }
            return new IOException(reason.getMessage());
        }
    }

    @FunctionalInterface
    private interface XmlReading<T> {
        T read(XMLStreamReader reader) throws XMLStreamException;
    }

    /** Refuses a document type declaration, which a workbook never has and an XXE attack needs. */
    private static final class DtdRefusingReader extends javax.xml.stream.util.StreamReaderDelegate {
        private final Package pkg;
        private final String part;

        DtdRefusingReader(XMLStreamReader reader, Package pkg, String part) {
            super(reader);
            this.pkg = pkg;
            this.part = part;
        }

        @Override
        public int next() throws XMLStreamException {
            int event = super.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
                    || event == XMLStreamConstants.ENTITY_DECLARATION) {
                throw pkg.refuse(new ImportException("import.error.xml-dtd", pkg.name, part));
            }
            return event;
        }

        @Override
        public String getElementText() throws XMLStreamException {
            // Read through next() so that an entity reference inside text is refused too.
            StringBuilder text = new StringBuilder();
            int event = next();
            while (event != XMLStreamConstants.END_ELEMENT) {
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    text.append(getText());
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    throw new XMLStreamException("element inside text: " + getLocalName());
                } else if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new XMLStreamException("unexpected end of document");
                }
                event = next();
            }
            return text.toString();
        }
    }

    /**
     * A part's bytes as they inflate, counted against the package's budget: the total of all parts,
     * and the part's own ratio of inflated to compressed size once it is past the floor.
     */
    private final class BudgetedStream extends FilterInputStream {
        private final ZipEntry entry;
        private final Package pkg;
        private long read;

        BudgetedStream(InputStream in, ZipEntry entry, Package pkg) {
            super(in);
            this.entry = entry;
            this.pkg = pkg;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            pkg.unzipped += n;
            if (pkg.unzipped > limits.maxUnzippedBytes()) {
                throw pkg.refuseStream(new ImportException("import.error.zip-size", pkg.name,
                        limits.maxUnzippedBytes() >> 20));
            }
            long compressed = Math.max(1, entry.getCompressedSize());
            if (read > limits.ratioFloorBytes() && read / compressed > limits.maxCompressionRatio()) {
                throw pkg.refuseStream(new ImportException("import.error.zip-ratio", pkg.name, entry.getName(),
                        limits.maxCompressionRatio()));
            }
        }
    }

    /** A part name from a relationship's target, relative to the source part's folder or absolute. */
    static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        Deque<String> parts = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                parts.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                parts.addLast(segment);
            }
        }
        return String.join("/", parts);
    }

    /** The 0-based column of a cell reference ({@code B7} → 1), or -1 when it has no column letters. */
    static int columnOf(String reference) {
        int column = 0;
        int letters = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
                if (++letters > 3) {
                    return Integer.MAX_VALUE;
                }
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
                if (++letters > 3) {
                    return Integer.MAX_VALUE;
                }
            } else {
                break;
            }
        }
        return letters == 0 ? -1 : column - 1;
    }

    private static int positive(String text) {
        if (text == null) {
            return -1;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A number as a person reads it: {@code 84712511111}, not {@code 8.4712511111E10}. */
    static String number(String value) {
        String text = value.strip();
        if (text.indexOf('E') < 0 && text.indexOf('e') < 0) {
            return text;
        }
        try {
            return new BigDecimal(text).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /** Excel's escapes of characters XML cannot carry: {@code _x000D_} is a carriage return. */
    static String decode(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        Matcher m = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
