package ru.perechen.tp.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.model.Message;

class XlsxReaderTest {

    @TempDir
    Path dir;

    private List<Sheet> read(TestWorkbook workbook, ReadLimits limits) throws ImportException {
        Path file = workbook.writeTo(dir.resolve("book.xlsx"));
        return SpreadsheetFile.read(file, "book.xlsx", limits).sheets();
    }

    private static Message refusal(ThrowingRead read) {
        try {
            read.run();
        } catch (ImportException e) {
            return e.userMessage();
        }
        throw new AssertionError("the workbook was read");
    }

    @FunctionalInterface
    interface ThrowingRead {
        void run() throws ImportException;
    }

    @Test
    void reads_shared_inline_rich_numeric_boolean_and_formula_cells_in_their_columns() throws Exception {
        String shared = "<sst xmlns=\"" + TestWorkbook.MAIN + "\"><si><t>Вид точки</t></si>"
                + "<si><r><t>Теле</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">фон _x000D_</t></r>"
                + "<rPh><t>ふりがな</t></rPh></si></sst>";
        String sheet = "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"C2\" t=\"inlineStr\"><is><t>Адрес &amp; ещё</t></is></c></row>"
                + "<row r=\"5\"><c r=\"A5\" t=\"s\"><v>1</v></c><c r=\"B5\"><v>84712511111</v></c>"
                + "<c r=\"C5\"><v>8.4712511111E10</v></c><c r=\"D5\" t=\"b\"><v>1</v></c>"
                + "<c r=\"E5\" t=\"str\"><f>CONCAT(\"a\",\"b\")</f><v>ab</v></c></row>";
        Map<String, String> sheets = new LinkedHashMap<>();
        sheets.put("Перечень", sheet);
        sheets.put("Второй", "<row r=\"1\"><c t=\"inlineStr\"><is><t>x</t></is></c><c t=\"inlineStr\"><is><t>y</t></is></c></row>");

        List<Sheet> read = read(TestWorkbook.of(sheets, shared), ReadLimits.DEFAULT);

        assertThat(read).extracting(Sheet::name).containsExactly("Перечень", "Второй");
        Sheet first = read.get(0);
        assertThat(first.rows()).extracting(Sheet.Row::number).containsExactly(2, 5);
        assertThat(first.rows().get(0).cells()).containsExactly(Map.entry(0, "Вид точки"), Map.entry(2, "Адрес & ещё"));
        assertThat(first.rows().get(1).cells()).containsExactly(Map.entry(0, "Телефон \r"),
                Map.entry(1, "84712511111"), Map.entry(2, "84712511111"), Map.entry(3, "true"), Map.entry(4, "ab"));
        assertThat(read.get(1).rows().get(0).cells()).containsExactly(Map.entry(0, "x"), Map.entry(1, "y"));
    }

    @Test
    void a_zip_bomb_is_refused_by_its_compression_ratio() {
        byte[] zeros = new byte[8 << 20];
        TestWorkbook bomb = TestWorkbook.rows(List.of(List.of("Вид точки"))).put("xl/worksheets/sheet1.xml",
                ("<worksheet xmlns=\"" + TestWorkbook.MAIN + "\"><sheetData>" + new String(zeros, StandardCharsets.ISO_8859_1)
                        .replace('\0', ' ') + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));

        Message message = refusal(() -> read(bomb, ReadLimits.DEFAULT));

        assertThat(message).isEqualTo(Message.of("import.error.zip-ratio", "book.xlsx", "xl/worksheets/sheet1.xml", 100));
    }

    @Test
    void parts_that_inflate_past_the_total_limit_are_refused() {
        ReadLimits small = new ReadLimits(1 << 20, 100, 2_000, 1_000_000, 1L << 30, 100, 100_000, 1_000, 100, 100);
        TestWorkbook big = TestWorkbook.rows(List.of(List.of("x".repeat(900)), List.of("y".repeat(900)),
                List.of("z".repeat(900))));

        assertThat(refusal(() -> read(big, small))).isEqualTo(Message.of("import.error.zip-size", "book.xlsx", 0L));
    }

    @Test
    void too_many_parts_are_refused_before_any_is_read() {
        TestWorkbook many = TestWorkbook.rows(List.of(List.of("a")));
        for (int i = 0; i < 20; i++) {
            many.put("junk/" + i, "x");
        }
        ReadLimits limits = new ReadLimits(1 << 20, 10, 1 << 20, 100, 1 << 20, 100, 100_000, 1_000, 100, 100);

        assertThat(refusal(() -> read(many, limits))).isEqualTo(Message.of("import.error.zip-entries", "book.xlsx", 10));
    }

    @Test
    void an_xxe_attempt_is_refused_and_nothing_is_fetched() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "пароль");
        String sheet = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<worksheet xmlns=\"" + TestWorkbook.MAIN + "\"><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&xxe;</t>"
                + "</is></c></row></sheetData></worksheet>";
        TestWorkbook attack = TestWorkbook.rows(List.of(List.of("a"))).put("xl/worksheets/sheet1.xml", sheet);

        assertThat(refusal(() -> read(attack, ReadLimits.DEFAULT)))
                .isEqualTo(Message.of("import.error.xml-dtd", "book.xlsx", "xl/worksheets/sheet1.xml"));
    }

    @Test
    void a_billion_laughs_in_the_shared_strings_is_refused() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"hahahahaha\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<sst xmlns=\"" + TestWorkbook.MAIN + "\"><si><t>&c;</t></si></sst>";
        TestWorkbook attack = TestWorkbook.of(Map.of("Лист1", "<row r=\"1\"><c t=\"s\"><v>0</v></c></row>"), laughs);

        assertThat(refusal(() -> read(attack, ReadLimits.DEFAULT)))
                .isEqualTo(Message.of("import.error.xml-dtd", "book.xlsx", "xl/sharedStrings.xml"));
    }

    @Test
    void huge_shared_strings_are_refused_by_count_by_total_and_by_cell() {
        ReadLimits limits = new ReadLimits(1 << 20, 100, 1 << 24, 1_000, 1 << 20, 3, 50, 20, 100, 100);
        String row = "<row r=\"1\"><c t=\"s\"><v>0</v></c></row>";
        String many = "<sst xmlns=\"" + TestWorkbook.MAIN + "\">" + "<si><t>a</t></si>".repeat(4) + "</sst>";
        String long20 = "<si><t>" + "б".repeat(19) + "</t></si>";
        String large = "<sst xmlns=\"" + TestWorkbook.MAIN + "\">" + long20.repeat(3) + "</sst>";
        String oneHuge = "<sst xmlns=\"" + TestWorkbook.MAIN + "\"><si><t>" + "в".repeat(21) + "</t></si></sst>";

        assertThat(refusal(() -> read(TestWorkbook.of(Map.of("Лист1", row), many), limits)))
                .isEqualTo(Message.of("import.error.shared-strings", "book.xlsx", 3));
        assertThat(refusal(() -> read(TestWorkbook.of(Map.of("Лист1", row), large), limits)))
                .isEqualTo(Message.of("import.error.shared-chars", "book.xlsx", 50L));
        assertThat(refusal(() -> read(TestWorkbook.of(Map.of("Лист1", row), oneHuge), limits)))
                .isEqualTo(Message.of("import.error.cell-too-long", "book.xlsx", "sharedStrings", 20));
    }

    @Test
    void a_shared_string_index_out_of_range_is_a_damaged_file() {
        TestWorkbook broken = TestWorkbook.of(Map.of("Лист1", "<row r=\"3\"><c r=\"B3\" t=\"s\"><v>7</v></c></row>"),
                "<sst xmlns=\"" + TestWorkbook.MAIN + "\"><si><t>a</t></si></sst>");

        assertThat(refusal(() -> read(broken, ReadLimits.DEFAULT)))
                .isEqualTo(Message.of("import.error.bad-shared-index", "book.xlsx", "Лист1!B3", "7"));
    }

    @Test
    void files_that_are_not_workbooks_are_named_for_what_they_are() throws Exception {
        Path xls = Files.write(dir.resolve("old.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0});
        Path fake = Files.writeString(dir.resolve("fake.xlsx"), "Вид точки,Адрес\n");
        Path zip = new TestWorkbook().put("readme.txt", "x").writeTo(dir.resolve("other.xlsx"));

        assertThat(refusal(() -> SpreadsheetFile.read(xls, "old.xls", ReadLimits.DEFAULT)))
                .isEqualTo(Message.of("import.error.old-excel", "old.xls"));
        assertThat(refusal(() -> SpreadsheetFile.read(fake, "fake.xlsx", ReadLimits.DEFAULT)).key())
                .isEqualTo("import.error.not-xlsx");
        assertThat(refusal(() -> SpreadsheetFile.read(zip, "other.xlsx", ReadLimits.DEFAULT)))
                .isEqualTo(Message.of("import.error.xlsx-part-missing", "other.xlsx", "xl/workbook.xml"));
        assertThat(refusal(() -> SpreadsheetFile.read(dir.resolve("none.csv"), "none.csv", ReadLimits.DEFAULT)))
                .isEqualTo(Message.of("import.error.not-found", "none.csv"));
    }

    @Test
    void excel_escapes_and_cell_references_are_decoded() {
        assertThat(XlsxReader.decode("a_x000D_b_x005F_x0041_")).isEqualTo("a\rb_x0041_");
        assertThat(XlsxReader.columnOf("B7")).isEqualTo(1);
        assertThat(XlsxReader.columnOf("AA1")).isEqualTo(26);
        assertThat(XlsxReader.columnOf("7")).isEqualTo(-1);
        assertThat(XlsxReader.resolve("xl/", "../docProps/app.xml")).isEqualTo("docProps/app.xml");
        assertThat(XlsxReader.resolve("xl/", "/xl/sharedStrings.xml")).isEqualTo("xl/sharedStrings.xml");
        assertThat(XlsxReader.number("1.5E3")).isEqualTo("1500");
    }
}
