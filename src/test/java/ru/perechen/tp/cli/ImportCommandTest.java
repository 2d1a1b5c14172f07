package ru.perechen.tp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.model.Need;
import ru.perechen.tp.model.PointKind;

/** {@code tp import} on small registers and sheets written as a ministry would write them. */
class ImportCommandTest {

    private static final String REGISTER_YAML = """
            # yaml-language-server: $schema=../schema/register.schema.json
            format: 1
            title: Перечень точек взаимодействия
            locale: ru
            organizations:
              - id: minkult
                name: Министерство культуры Курской области
                role: ministry
              - id: library
                name: Областная научная библиотека
                role: subordinate
            units:
              - id: minkult-appeals
                name: Отдел работы с обращениями граждан
                organization: minkult
              - id: library-service
                name: Отдел обслуживания пользователей
                organization: library
            authorized-person:
              name: Иванова Мария Петровна
              position: консультант
              unit: minkult-appeals
            """;

    private static final String PROCESS = """
            id: PR-001
            name: Рассмотрение обращений граждан
            client: external
            category: appeals
            scope: intra-agency
            unit: minkult-appeals
            basis:
              - type: law
                title: Федеральный закон № 59-ФЗ
            """;

    private static final String POINT = """
            id: TP-001
            name: Приёмная министра
            kind: reception
            organization: minkult
            unit: minkult-appeals
            address: г. Курск, ул. Ленина, д. 2
            processes:
              - process: PR-001
                needs: [submission]
            """;

    @TempDir
    Path dir;

    Path register;

    @BeforeEach
    void register() throws IOException {
        register = dir.resolve("register");
        Files.createDirectories(register.resolve("points/minkult"));
        Files.createDirectories(register.resolve("processes"));
        Files.writeString(register.resolve("register.yaml"), REGISTER_YAML);
        Files.writeString(register.resolve("processes/PR-001.yaml"), PROCESS);
        Files.writeString(register.resolve("points/minkult/TP-001.yaml"), POINT);
    }

    private Path csv(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    }

    private String read(String path) throws IOException {
        return Files.readString(register.resolve(path));
    }

    @Test
    void a_ministrys_own_headers_and_labels_rows_of_one_point_merged_and_a_new_process_created() throws Exception {
        csv("list.csv",
                "Перечень точек взаимодействия Министерства культуры,,,,,,,",
                "№ п/п,Наименование точки,Вид точки,Организация,Подразделение,Адрес,Процесс,Потребности",
                "1,Горячая линия,  ТЕЛЕФОННАЯ   связь ,министерство культуры курской области,Отдел работы с обращениями граждан,"
                        + "'+7 (4712) 51-11-11,Рассмотрение обращений граждан,\"КОНСУЛЬТАЦИЯ; получение информации, в т.ч. о ходе рассмотрения\"",
                "2,Горячая линия,телефон,Министерство культуры Курской области,,8 (4712) 51-11-11,Выдача справок,\"Результат\nконсультация\"");

        TpRun run = TpRun.in(dir, "import", "list.csv");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(read("points/minkult/TP-002.yaml")).isEqualTo("""
                # yaml-language-server: $schema=../../../schema/point.schema.json
                id: TP-002
                name: Горячая линия
                kind: phone
                organization: minkult
                unit: minkult-appeals
                address: "+7 (4712) 51-11-11"
                processes:
                  - process: PR-001
                    needs: [consultation, information]
                  - process: PR-002
                    needs: [result, consultation]
                basis:
                  - type: ЗАПОЛНИТЕ
                    title: ЗАПОЛНИТЕ
                requirements:
                  receipt-notice: ОЦЕНИТЕ
                  complete-answer: ОЦЕНИТЕ
                  knowledge-base: ОЦЕНИТЕ
                  quick-feedback: ОЦЕНИТЕ
                """);
        assertThat(read("processes/PR-002.yaml")).isEqualTo("""
                # yaml-language-server: $schema=../../schema/process.schema.json
                id: PR-002
                name: Выдача справок
                basis:
                  - type: ЗАПОЛНИТЕ
                    title: ЗАПОЛНИТЕ
                """);
        assertThat(run.out()).contains(
                "  " + CliMessages.text("import.at", "list.csv", 4) + ": "
                        + CliMessages.text("import.note.conflict", "Адрес", 3),
                CliMessages.text("import.source-csv", "list.csv", 2, 2),
                "  + processes/PR-002.yaml", "  + points/minkult/TP-002.yaml",
                CliMessages.text("import.to-fill.requirements", 1), CliMessages.text("import.to-fill.basis", 1),
                CliMessages.text("import.to-fill.process-fields", 1));
        assertThat(TpRun.in(dir, "validate").out()).contains("TP-002.yaml").doesNotContain("yaml-syntax");
    }

    @Test
    void rows_that_cannot_be_mapped_are_reported_by_number_and_the_others_imported() throws Exception {
        csv("list.csv",
                "Код организации,Вид точки,Наименование точки,Адрес,Код процесса,Потребности клиента",
                "minkult,Электронная почта,Почта министерства,kultura@rkursk.ru,PR-001,информация",
                "minkult,Сайтик,Сайт,https://kultura.rkursk.ru,PR-001,информация",
                "nowhere,Телефон,Телефон,8 4712 00 00 00,PR-001,информация",
                ",,,,,",
                "library,Телефоная связь,Справочная,8 4712 70 19 24,PR-001,информация",
                "library,телефон,Справочная,8 4712 70 19 24,PR-009,информация",
                "library,Телефон,Абонемент,8 4712 70 19 25,PR-001,чудо",
                "library,E-mail,Библиотека,lib@rkursk.ru,PR-001,консультация");

        TpRun run = TpRun.in(dir, "import", "list.csv");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains(
                CliMessages.text("import.rejected", 5),
                "  list.csv, строка 3: " + CliMessages.text("import.row.unknown-value-suggest", "Вид точки", "Сайтик",
                        PointKind.WEBSITE) + "\n",
                "  list.csv, строка 4: " + CliMessages.text("import.row.unknown-organization", "Код организации", "nowhere"),
                "  list.csv, строка 6: " + CliMessages.text("import.row.unknown-value-suggest", "Вид точки",
                        "Телефоная связь", PointKind.PHONE),
                "  list.csv, строка 7: " + CliMessages.text("import.row.unknown-process", "PR-009", "Наименование процесса"),
                "  list.csv, строка 8: " + CliMessages.text("import.row.unknown-value", "Потребности клиента", "чудо") + "\n");
        assertThat(register.resolve("points/minkult/TP-002.yaml")).exists();
        assertThat(read("points/library/TP-003.yaml")).contains("address: lib@rkursk.ru", "needs: [consultation]");
        try (Stream<Path> files = Files.walk(register.resolve("points"))) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(3);
        }
    }

    @Test
    void consecutive_rows_with_the_same_reason_are_one_range() throws Exception {
        csv("list.csv",
                "Вид точки,Адрес,Код процесса",
                "Голубиная почта,a,PR-001",
                "Голубиная почта,a,PR-001",
                "Голубиная почта,a,PR-001");

        TpRun run = TpRun.in(dir, "import", "list.csv");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains("  " + CliMessages.text("import.at-rows", "list.csv", 2, 4) + ": "
                + CliMessages.text("import.row.unknown-value", "Вид точки", "Голубиная почта"));
    }

    @Test
    void existing_files_are_never_overwritten_without_force() throws Exception {
        csv("list.csv",
                "Код точки,Наименование точки,Вид точки,Код организации,Код подразделения,Адрес,Код процесса,Потребности клиента",
                "TP-001,Приёмная министра (новое название),Место личного приёма граждан,minkult,minkult-appeals,"
                        + "\"г. Курск, ул. Ленина, д. 2\",PR-001,\"подача заявления, обращения, запроса, документов\"");

        TpRun kept = TpRun.in(dir, "import", "list.csv");

        assertThat(kept.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(kept.out()).contains("  " + CliMessages.text("import.file.kept", "points/minkult/TP-001.yaml"));
        assertThat(read("points/minkult/TP-001.yaml")).isEqualTo(POINT);

        TpRun forced = TpRun.in(dir, "import", "list.csv", "--force");

        assertThat(forced.exitCode()).as(forced.out()).isZero();
        assertThat(forced.out()).contains("  " + CliMessages.text("import.file.replace", "points/minkult/TP-001.yaml"));
        assertThat(read("points/minkult/TP-001.yaml")).contains("name: Приёмная министра (новое название)");

        TpRun again = TpRun.in(dir, "import", "list.csv");

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("  " + CliMessages.text("import.file.unchanged", "points/minkult/TP-001.yaml"));
    }

    @Test
    void a_row_without_id_that_is_a_point_of_the_register_is_that_point() throws Exception {
        csv("list.csv",
                "Вид точки,Организация,Адрес,Процесс,Потребности",
                "Личный приём,Министерство культуры Курской области,\"Г. Курск,  ул. Ленина, д. 2\",Рассмотрение обращений граждан,подача");

        TpRun run = TpRun.in(dir, "import", "list.csv");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains(CliMessages.text("import.note.existing-point", "TP-001", "points/minkult/TP-001.yaml"),
                CliMessages.text("import.file.kept", "points/minkult/TP-001.yaml"));
        assertThat(read("points/minkult/TP-001.yaml")).isEqualTo(POINT);
    }

    @Test
    void a_dry_run_writes_nothing_and_shows_what_it_would_write() throws Exception {
        csv("list.csv",
                "Вид точки,Наименование точки,Код организации,Адрес,Код процесса,Потребности,Примечание",
                "Телефон,Горячая линия,minkult,'+7 4712 51-11-11,PR-001,консультация,'=HYPERLINK(\"http://evil\")");
        Map<Path, String> before = snapshot();

        TpRun run = TpRun.in(dir, "import", "list.csv", "--dry-run");

        assertThat(run.exitCode()).isZero();
        assertThat(snapshot()).isEqualTo(before);
        assertThat(run.out()).contains(CliMessages.text("import.would-write", "register"),
                CliMessages.text("import.content", "points/minkult/TP-002.yaml"),
                "address: \"+7 4712 51-11-11\"", "note: \"=HYPERLINK(\\\"http://evil\\\")\"")
                .doesNotContain(CliMessages.text("import.next"));
    }

    @Test
    void a_mapping_file_names_other_headers_the_header_row_and_the_sheets_own_words() throws Exception {
        csv("list.csv",
                "Сведения о точках;;;;;",
                "Канал связи;Название;Телефон/сайт;Услуга;Что получает клиент;Ведомство",
                "Горячая линия губернатора;Горячая линия;8 800 200 00 00;Рассмотрение обращений граждан;Справка, консультация;minkult");
        Files.writeString(dir.resolve("mapping.yaml"), """
                header-row: 2
                columns:
                  Канал связи: kind
                  Название: name
                  Телефон/сайт: address
                  Услуга: process-name
                  "Что получает клиент": needs
                  Ведомство: organization
                values:
                  kind:
                    Горячая линия губернатора: phone
                  need:
                    Справка: information
                """);

        TpRun run = TpRun.in(dir, "import", "list.csv", "--mapping", "mapping.yaml");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(read("points/minkult/TP-002.yaml")).contains("kind: phone", "name: Горячая линия",
                "address: \"8 800 200 00 00\"", "  - process: PR-001\n    needs: [information, consultation]\n");
    }

    @Test
    void a_mapping_file_with_a_mistake_is_refused_with_its_place() throws Exception {
        csv("list.csv", "Вид точки,Адрес", "Телефон,8 4712");
        Files.writeString(dir.resolve("mapping.yaml"), "columns:\n  Адрес: adress\n");

        TpRun run = TpRun.in(dir, "import", "list.csv", "--mapping", "mapping.yaml");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("tp: " + CliMessages.text("import.mapping.unknown-field", "mapping.yaml", 2, 10,
                "adress", "").replaceAll(";.*", ""));
        assertThat(run.showsStackTrace()).isFalse();
    }

    @Test
    void a_sheet_without_a_kind_column_or_any_known_header_is_refused() throws Exception {
        csv("unknown.csv", "Колонка 1,Колонка 2", "a,b");
        csv("nokind.csv", "Наименование точки,Адрес", "Сайт,https://a.ru");

        TpRun unknown = TpRun.in(dir, "import", "unknown.csv");
        TpRun noKind = TpRun.in(dir, "import", "nokind.csv");

        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).isEqualTo(CliMessages.error("import.error.no-header", "unknown.csv", "unknown.csv", 30));
        assertThat(noKind.err()).isEqualTo(CliMessages.error("import.error.no-kind-column", "nokind.csv", "nokind.csv", 1));
    }

    @Test
    void an_unreadable_or_hostile_file_ends_the_import_with_code_2_and_touches_nothing() throws Exception {
        Files.writeString(dir.resolve("evil.xlsx"), "");
        Path xxe = dir.resolve("xxe.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(xxe))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
            zip.write(("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                    + "<workbook>&e;</workbook>").getBytes(StandardCharsets.UTF_8));
        }
        Map<Path, String> before = snapshot();

        TpRun missing = TpRun.in(dir, "import", "none.csv");
        TpRun empty = TpRun.in(dir, "import", "evil.xlsx");
        TpRun hostile = TpRun.in(dir, "import", "xxe.xlsx");

        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).isEqualTo(CliMessages.error("import.error.not-found", "none.csv"));
        assertThat(empty.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(hostile.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(hostile.err()).isEqualTo(CliMessages.error("import.error.xml-dtd", "xxe.xlsx", "xl/workbook.xml"));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void the_workbook_of_a_ministry_with_several_sheets_and_a_sheet_of_processes() throws Exception {
        Path book = dir.resolve("list.xlsx");
        ru.perechen.tp.spreadsheet.TestWorkbooks.write(book, List.of(
                List.of("Инструкция по заполнению"),
                List.of("Заполните лист «Точки»")), List.of(
                List.of("Вид точки", "Наименование точки", "Организация", "Адрес", "Процесс", "Потребности клиента"),
                List.of("Сайт", "Сайт библиотеки", "Областная научная библиотека", "https://library.rkursk.ru",
                        "Запись в библиотеку", "формы документов; Подача")), List.of(
                List.of("Наименование процесса", "Тип клиента", "Направление деятельности", "Вид процесса", "Подразделение"),
                List.of("Запись в библиотеку", "Внешний клиент", "предоставление государственных услуг",
                        "внутриведомственный", "Отдел обслуживания пользователей")));

        TpRun run = TpRun.in(dir, "import", "list.xlsx");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains(CliMessages.text("import.source", "list.xlsx", "Точки", 1, 1),
                CliMessages.text("import.process-sheet", "Процессы"));
        assertThat(read("processes/PR-002.yaml")).isEqualTo("""
                # yaml-language-server: $schema=../../schema/process.schema.json
                id: PR-002
                name: Запись в библиотеку
                client: external
                category: public-services
                scope: intra-agency
                unit: library-service
                basis:
                  - type: ЗАПОЛНИТЕ
                    title: ЗАПОЛНИТЕ
                """);
        assertThat(read("points/library/TP-002.yaml")).contains("kind: website", "organization: library",
                "  - process: PR-002\n    needs: [" + Need.FORMS.code() + ", " + Need.SUBMISSION.code() + "]\n");
    }

    @Test
    void in_english_when_asked() throws Exception {
        csv("list.csv", "Kind of point,Organization,Address,Process id,Client needs",
                "Telephone,Министерство культуры Курской области,8 4712,PR-001,consultation");

        TpRun run = TpRun.in(dir, "import", "list.csv", "--lang", "en");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Spreadsheet list.csv: headers in row 1, rows with data: 1",
                "Points: 1; new processes: 0; register processes the points serve: 1; rows not imported: 0.");
    }

    private Map<Path, String> snapshot() throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
