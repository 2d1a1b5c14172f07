package ru.perechen.tp.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static Sheet read(byte[] bytes) throws ImportException {
        return new CsvReader(ReadLimits.DEFAULT).read("list.csv", bytes);
    }

    @Test
    void reads_rfc_4180_with_a_bom_quoted_line_breaks_and_doubled_quotes() throws Exception {
        String text = "\uFEFFВид точки,Адрес\r\n\"Телефон\",\"+7, доб. \"\"1\"\"\nвторая строка\"\r\n\r\nсайт,https://a.ru\r\n";

        Sheet sheet = read(text.getBytes(StandardCharsets.UTF_8));

        assertThat(sheet.rows()).extracting(Sheet.Row::number).containsExactly(1, 2, 3, 4);
        assertThat(sheet.rows().get(0).cells()).containsExactly(Map.entry(0, "Вид точки"), Map.entry(1, "Адрес"));
        assertThat(sheet.rows().get(1).cell(1)).isEqualTo("+7, доб. \"1\"\nвторая строка");
        assertThat(sheet.rows().get(2).blank()).isTrue();
        assertThat(sheet.rows().get(3).cell(1)).isEqualTo("https://a.ru");
    }

    @Test
    void russian_excel_csv_in_windows_1251_with_semicolons_is_read() throws Exception {
        String text = "Перечень точек, утверждённый приказом\r\nВид точки;Адрес;Потребности\r\nТелефон;8 (4712) 51-11-11;консультация, информация\r\n";

        Sheet sheet = read(text.getBytes(Charset.forName("windows-1251")));

        assertThat(sheet.rows().get(1).cells()).containsExactly(Map.entry(0, "Вид точки"), Map.entry(1, "Адрес"),
                Map.entry(2, "Потребности"));
        assertThat(sheet.rows().get(2).cell(2)).isEqualTo("консультация, информация");
    }

    @Test
    void unicode_text_from_excel_is_utf16_with_tabs() throws Exception {
        byte[] body = "Вид точки\tАдрес\nТелефон\t8 4712\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);

        Sheet sheet = read(bytes);

        assertThat(sheet.rows().get(1).cells()).containsExactly(Map.entry(0, "Телефон"), Map.entry(1, "8 4712"));
    }

    @Test
    void the_last_row_needs_no_line_end_and_a_stray_quote_stays_text() throws Exception {
        Sheet sheet = read("a,b\nсайт «Дело»,5\" экран".getBytes(StandardCharsets.UTF_8));

        assertThat(sheet.rows().get(1).cells()).containsExactly(Map.entry(0, "сайт «Дело»"), Map.entry(1, "5\" экран"));
    }
}
