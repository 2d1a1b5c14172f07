package ru.perechen.tp.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import ru.perechen.tp.model.Change;
import ru.perechen.tp.model.ChangeType;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.RegisterHeader;

/** The files of a snapshot of the sample register: what a reader opens, checked as a reader's tools would. */
class SnapshotWritersTest {

    static Register register;
    static Snapshot snapshot;

    @BeforeAll
    static void read() throws IOException {
        register = InMemoryVersions.sample();
        InMemoryVersions versions = new InMemoryVersions().add("2025-12-26", register).add("2026-01-12", register)
                .diff((older, newer) -> List.of(
                        new Change(ChangeType.POINT_INCLUDED, "TP-058", "points/mfc/TP-058.yaml", null, null, null,
                                null, null, null),
                        new Change(ChangeType.KIND_CHANGED, "TP-002", "points/minkult/TP-002.yaml", null,
                                "website", "social-public", null, null, null),
                        new Change(ChangeType.NEEDS_CHANGED, "TP-001", "points/minkult/TP-001.yaml", null, null,
                                null, "PR-001", List.of("forms"), List.of("result"))));
        snapshot = new Snapshots(versions, "test").approved(versions.latest().orElseThrow());
    }

    @Test
    void the_page_is_well_formed_and_shows_every_point_and_process() throws IOException {
        String html = page(snapshot);
        Document strict = Jsoup.parse(html, "", Parser.xmlParser());
        assertThat(strict.select("html")).hasSize(1);
        Document page = Jsoup.parse(html);
        assertThat(page.select("html").attr("lang")).isEqualTo("ru");
        assertThat(page.select("h1").text()).isEqualTo(register.header().title());
        assertThat(page.select(".approval").text()).contains("approved/2026-01-12", "12.01.2026",
                "approved/2025-12-26", "Соловьёва Елена Николаевна");
        for (Point point : register.points()) {
            assertThat(page.select("table.points tr[data-point=" + point.id() + "]")).as(point.id()).hasSize(1);
            assertThat(page.getElementById("point-" + point.id())).as(point.id()).isNotNull();
        }
        for (var process : register.processes()) {
            assertThat(page.getElementById("process-" + process.id())).as(process.id()).isNotNull();
        }
        assertThat(page.select("#summary .number").eachText()).startsWith("58", "33");
        assertThat(page.select("#changes tbody tr")).hasSize(3);
        assertThat(page.select("#changes").text()).contains("Включена точка", "Изменён вид точки",
                "Изменены потребности", "«получение форм документов»");
        assertThat(page.select("label[for]").eachAttr("for"))
                .containsExactly("f-search", "f-channel", "f-kind", "f-organization", "f-unit", "f-client");
        assertThat(html).contains("@media print").doesNotContain("http://", "src=", "<link", "@import");
    }

    @Test
    void every_id_in_the_page_is_unique() throws IOException {
        Document page = Jsoup.parse(page(snapshot));
        List<String> ids = page.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();
        for (String target : page.select("a[href^=#]").eachAttr("href")) {
            assertThat(ids).as(target).contains(target.substring(1));
        }
    }

    @Test
    void the_page_and_headers_are_english_for_a_register_in_english() throws IOException {
        RegisterHeader header = register.header();
        RegisterHeader english = new RegisterHeader(header.format(), header.title(), "en", header.organizations(),
                header.units(), header.authorizedPerson(), header.ruleSettings(), header.extraHolidays(),
                header.extraWorkdays(), header.origin());
        Register englishRegister = new Register(english, register.points(), register.processes(),
                register.readProblems(), register.pointFiles(), register.processFiles());
        Snapshot englishSnapshot = Snapshot.draft(englishRegister, Optional.empty(), List.of(), "test");

        Document page = Jsoup.parse(page(englishSnapshot));
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select(".draft-banner").text()).startsWith("DRAFT");
        assertThat(page.select("label[for=f-kind]").text()).isEqualTo("Kind of point");
        assertThat(new SnapshotTables(englishSnapshot).register().columns().get(0).header()).isEqualTo("Point id");
    }

    @Test
    void the_workbook_has_four_sheets_frozen_headers_filters_and_the_csv_rows() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SnapshotTables tables = new SnapshotTables(snapshot);
        new XlsxWriter().write(tables.all(), Optional.empty(), bytes);
        Workbook workbook = new Workbook(bytes.toByteArray());

        var sheets = workbook.xml.get("xl/workbook.xml").getElementsByTagNameNS("*", "sheet");
        assertThat(sheets.getLength()).isEqualTo(4);
        assertThat(((Element) sheets.item(0)).getAttribute("name")).isEqualTo("Перечень");
        assertThat(((Element) sheets.item(3)).getAttribute("name")).isEqualTo("Изменения");
        for (int sheet = 1; sheet <= 4; sheet++) {
            Element pane = (Element) workbook.sheet(sheet).getElementsByTagNameNS("*", "pane").item(0);
            assertThat(pane.getAttribute("state")).isEqualTo("frozen");
            assertThat(pane.getAttribute("ySplit")).isEqualTo("1");
            assertThat(workbook.sheet(sheet).getElementsByTagNameNS("*", "autoFilter").getLength()).isEqualTo(1);
            assertThat(workbook.sheet(sheet).getElementsByTagNameNS("*", "col").getLength()).isGreaterThan(5);
        }
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        new CsvWriter().write(tables.register(), csv);
        List<List<String>> csvRows = Csv.parse(csv.toString(StandardCharsets.UTF_8).substring(1));
        List<List<String>> sheetRows = workbook.rows(1);
        assertThat(sheetRows).hasSameSizeAs(csvRows);
        for (int i = 0; i < csvRows.size(); i++) {
            List<String> expected = csvRows.get(i);
            // The same text, neutralised in CSV with ' where the workbook uses the quote-prefix style.
            List<String> actual = padded(sheetRows.get(i), expected.size()).stream().map(SpreadsheetText::forCsv).toList();
            assertThat(actual).as("row " + (i + 1)).isEqualTo(expected);
        }
        assertThat(((Element) workbook.sheet(1).getElementsByTagNameNS("*", "autoFilter").item(0)).getAttribute("ref"))
                .isEqualTo("A1:V" + csvRows.size());
    }

    @Test
    void the_csv_file_has_a_bom_crlf_and_one_row_per_point_and_process() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new CsvWriter().write(new SnapshotTables(snapshot).register(), bytes);
        byte[] raw = bytes.toByteArray();
        assertThat(raw).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = Csv.parse(bytes.toString(StandardCharsets.UTF_8).substring(1));
        assertThat(rows.get(0)).containsExactly("Код точки", "Наименование точки", "Вид точки", "Канал",
                "Код организации", "Организация", "Код подразделения", "Подразделение", "Адрес", "Код процесса",
                "Наименование процесса", "Тип клиента", "Потребности клиента", "Другие потребности",
                "Ссылка на опрос", "Востребованность", "Учёт обращений", "Доступность", "История взаимодействий",
                "Соответствие требованиям", "Основания", "Примечание");
        long links = register.points().stream().mapToLong(p -> Math.max(1, p.processes().size())).sum();
        assertThat(rows).hasSize((int) links + 1);
        List<String> first = rows.get(1);
        Point tp1 = register.point("TP-001").orElseThrow();
        assertThat(first.subList(0, 10)).containsExactly("TP-001", tp1.name(), "Официальный сайт Министерства",
                "онлайн", "minkult", "Министерство культуры Курской области", "minkult-press",
                "Отдел информационной политики и связей с общественностью", "https://kultura.rkursk.ru/", "PR-001");
        assertThat(first.get(12)).isEqualTo("получение информации, в т.ч. о ходе рассмотрения; получение форм документов");
        assertThat(first.get(20)).startsWith("нормативный правовой акт: Федеральный закон от 09.02.2009 № 8-ФЗ");
        assertThat(rows.stream().map(r -> r.get(0)).distinct().count()).isEqualTo(59);
    }

    @Test
    void ids_sort_by_their_numbers() {
        assertThat(List.of("TP-10", "TP-2", "TP-1", "PR-3", "TP-02").stream().sorted(IdOrder.IDS).toList())
                .containsExactly("PR-3", "TP-1", "TP-02", "TP-2", "TP-10");
    }

    private static List<String> padded(List<String> row, int size) {
        List<String> copy = new java.util.ArrayList<>(row);
        while (copy.size() < size) {
            copy.add("");
        }
        return copy;
    }

    static String page(Snapshot snapshot) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new HtmlPageWriter(snapshot).write(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
