package ru.perechen.tp.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LooseTextTest {

    @Test
    void keys_ignore_case_spacing_yo_and_punctuation() {
        assertThat(LooseText.key("  ВИД   точки: ")).isEqualTo(LooseText.key("вид точки"));
        assertThat(LooseText.key("Учёт обращений")).isEqualTo(LooseText.key("учет  обращений"));
        assertThat(LooseText.key("Оффлайн-точка")).isEqualTo("оффлайн точка");
        assertThat(LooseText.key("№ п/п")).isEqualTo(LooseText.key("№  п. п."));
        assertThat(LooseText.key("Вид точки")).isNotEqualTo(LooseText.key("Вид процесса"));
    }

    @Test
    void the_quote_before_a_formula_is_taken_off_once_and_only_there() {
        assertThat(LooseText.value("'=HYPERLINK(\"x\")")).isEqualTo("=HYPERLINK(\"x\")");
        assertThat(LooseText.value("'+7 (4712) 51-11-11")).isEqualTo("+7 (4712) 51-11-11");
        assertThat(LooseText.value("'-1+2")).isEqualTo("-1+2");
        assertThat(LooseText.value("'@SUM(1)")).isEqualTo("@SUM(1)");
        assertThat(LooseText.value("'\tTAB")).isEqualTo("\tTAB");
        assertThat(LooseText.value("'\rCR")).isEqualTo("\rCR");
        assertThat(LooseText.value("''=x")).isEqualTo("''=x");
        assertThat(LooseText.value("'Дело'")).isEqualTo("'Дело'");
        assertThat(LooseText.value("'")).isEqualTo("'");
    }

    @Test
    void values_are_trimmed_of_every_kind_of_space_and_empty_is_null() {
        assertThat(LooseText.value("\u00A0 Телефон \u200B")).isEqualTo("Телефон");
        assertThat(LooseText.value("   ")).isNull();
        assertThat(LooseText.value(null)).isNull();
    }
}
