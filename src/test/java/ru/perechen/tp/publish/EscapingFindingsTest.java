package ru.perechen.tp.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** What {@link EscapingFuzzTest} found, kept as examples that must stay fixed. */
class EscapingFindingsTest {

    @Test
    void an_underscore_before_a_control_character_is_escaped_so_the_cell_reads_back() {
        // "_x0000" then NUL: the NUL's escape begins with "_", which made "_x0000_" of the text before it
        String text = "+x_x0000\0\0$";
        String cell = XlsxWriter.cellText(text);

        assertThat(cell).isEqualTo("+x_x005F_x0000_x0000__x0000_$");
        assertThat(Workbook.decode(cell)).isEqualTo(text);
    }

    @Test
    void noncharacters_become_the_replacement_character_in_the_page() {
        // U+FFFF is the end of input to some HTML parsers: the text after it vanished
        String escaped = Html.escape("\uFFFF\uFFFE\uFDD0 текст");

        assertThat(escaped).isEqualTo("\uFFFD\uFFFD\uFFFD текст");
        assertThat(Jsoup.parse("<p>" + escaped + "</p>").text()).isEqualTo("\uFFFD\uFFFD\uFFFD текст");
    }
}
