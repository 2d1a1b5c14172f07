package ru.perechen.tp.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ru.perechen.tp.i18n.Language;
import ru.perechen.tp.i18n.Messages;

class ColumnsTest {

    private static Sheet sheet(List<List<String>> rows) {
        List<Sheet.Row> out = new java.util.ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Map<Integer, String> cells = new HashMap<>();
            for (int c = 0; c < rows.get(r).size(); c++) {
                if (!rows.get(r).get(c).isEmpty()) {
                    cells.put(c, rows.get(r).get(c));
                }
            }
            out.add(new Sheet.Row(r + 1, cells));
        }
        return new Sheet("Лист1", out);
    }

    @Test
    void every_header_tp_publish_writes_is_read_back_as_its_field_in_both_languages() {
        Map<String, Field> register = new LinkedHashMap<>();
        register.put("column.point-id", Field.POINT_ID);
        register.put("column.point-name", Field.POINT_NAME);
        register.put("column.kind", Field.KIND);
        register.put("column.channel", Field.CHANNEL);
        register.put("column.organization-id", Field.ORGANIZATION_ID);
        register.put("column.organization", Field.ORGANIZATION_NAME);
        register.put("column.unit-id", Field.UNIT_ID);
        register.put("column.unit", Field.UNIT_NAME);
        register.put("column.address", Field.ADDRESS);
        register.put("column.process-id", Field.PROCESS_ID);
        register.put("column.process-name", Field.PROCESS_NAME);
        register.put("column.client", Field.CLIENT);
        register.put("column.needs", Field.NEEDS);
        register.put("column.other", Field.OTHER);
        register.put("column.survey", Field.SURVEY);
        register.put("column.demand", Field.DEMAND);
        register.put("column.appeals-tracked", Field.APPEALS_TRACKED);
        register.put("column.accessibility", Field.ACCESSIBILITY);
        register.put("column.history", Field.HISTORY);
        register.put("column.requirements", Field.REQUIREMENTS);
        register.put("column.basis", Field.BASIS);
        register.put("column.note", Field.NOTE);
        Map<String, Field> processes = new LinkedHashMap<>();
        processes.put("column.process-id", Field.PROCESS_ID);
        processes.put("column.process-name", Field.PROCESS_NAME);
        processes.put("column.client", Field.CLIENT);
        processes.put("column.category", Field.CATEGORY);
        processes.put("column.scope", Field.SCOPE);
        processes.put("column.unit", Field.PROCESS_UNIT);
        processes.put("column.basis", Field.PROCESS_BASIS);
        processes.put("column.note", Field.PROCESS_NOTE);
        for (var language : List.of(Language.RUSSIAN, Language.ENGLISH)) {
            Messages published = Messages.of("ru.perechen.tp.publish.publish", language);
            assertColumns(register, published, false);
            assertColumns(processes, published, true);
        }
    }

    private static void assertColumns(Map<String, Field> expected, Messages published, boolean processTable) {
        List<String> headers = expected.keySet().stream().map(published::text).toList();
        Columns columns = Columns.find(sheet(List.of(headers)), ColumnMapping.NONE, processTable, null).orElseThrow();
        int column = 0;
        for (Map.Entry<String, Field> entry : expected.entrySet()) {
            assertThat(columns.value(new Sheet.Row(2, Map.of(column, "v" + column)), entry.getValue()))
                    .as(published.locale() + " " + entry.getKey()).isEqualTo("v" + column);
            column++;
        }
        assertThat(columns.unknown()).isEmpty();
    }

    @Test
    void no_header_leads_to_two_fields() {
        Map<String, Field> seen = new HashMap<>();
        for (Field field : Field.values()) {
            for (String header : field.headers()) {
                Field before = seen.put(LooseText.key(header), field);
                assertThat(before == null || before == field).as(header).isTrue();
            }
        }
    }

    @Test
    void the_header_row_is_found_below_a_title_and_variants_are_recognised() {
        Sheet sheet = sheet(List.of(
                List.of("Перечень точек взаимодействия Министерства культуры"),
                List.of(""),
                List.of("№ п/п", "НАИМЕНОВАНИЕ ТОЧКИ", "Тип  точки", "Адрес:", "Процесс", "Потребности", "Телефон доверия"),
                List.of("1", "Горячая линия", "Телефон", "8 4712", "Приём", "консультация")));

        Columns columns = Columns.find(sheet, ColumnMapping.NONE, false, null).orElseThrow();

        assertThat(columns.headerRow()).isEqualTo(3);
        Sheet.Row row = sheet.rows().get(3);
        assertThat(columns.value(row, Field.POINT_NAME)).isEqualTo("Горячая линия");
        assertThat(columns.value(row, Field.KIND)).isEqualTo("Телефон");
        assertThat(columns.value(row, Field.ADDRESS)).isEqualTo("8 4712");
        assertThat(columns.value(row, Field.PROCESS_NAME)).isEqualTo("Приём");
        assertThat(columns.value(row, Field.NEEDS)).isEqualTo("консультация");
        assertThat(columns.unknown()).containsExactly(6);
    }

    @Test
    void a_sheet_with_no_known_header_has_no_columns() {
        assertThat(Columns.find(sheet(List.of(List.of("Колонка 1", "Колонка 2"), List.of("a", "b"))),
                ColumnMapping.NONE, false, null)).isEmpty();
    }
}
