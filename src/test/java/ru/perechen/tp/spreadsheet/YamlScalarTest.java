package ru.perechen.tp.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import ru.perechen.tp.load.ParsedFile;
import ru.perechen.tp.load.SafeYamlParser;
import ru.perechen.tp.load.YamlNode;

class YamlScalarTest {

    private static final List<String> TRICKY = List.of("NO", "no", "On", "off", "Yes", "y", "~", "null", "true",
            "0755", "1.10", "2026-11-30", "12:30", ".inf", "+7 (4712) 51-11-11", "-1+2", "'quoted'", "\"q\"",
            "Приём: по записи", "каб. 14 # второй этаж", "Внимание:", "@SUM(1)", "=1+1", "*ref", "&anchor", "!tag",
            "%YAML", "`cmd`", "[a]", "{a}", "> folded", "| literal", "? key", ", comma", "#comment", " leading",
            "trailing ", "две\nстроки", "таб\tвнутри", "\rCR", "обратный \\ слэш", "\u2028", "нуль\u0000", "\uFEFFbom",
            "https://kultura.rkursk.ru/", "kultura@rkursk.ru", "СЭД «Дело»", "Официальный сайт Министерства");

    @Test
    void every_reader_gets_the_text_back_and_misreadable_values_are_quoted() {
        Load load = new Load(LoadSettings.builder().build());
        SafeYamlParser parser = new SafeYamlParser();
        for (String text : TRICKY) {
            String yaml = "name: " + YamlScalar.of(text) + "\n";
            assertThat(((Map<?, ?>) load.loadFromString(yaml)).get("name")).as(yaml).isEqualTo(text);
            ParsedFile parsed = parser.parse("x.yaml", yaml.getBytes(StandardCharsets.UTF_8));
            assertThat(parsed.problems()).as(yaml).isEmpty();
            YamlNode.Scalar value = (YamlNode.Scalar) ((YamlNode.Mapping) parsed.root()).get("name");
            assertThat(value.text()).as(yaml).isEqualTo(text);
        }
    }

    @Test
    void yaml_1_1_booleans_numbers_and_markup_are_quoted_plain_text_is_not() {
        for (String text : List.of("NO", "on", "0755", "+7 (4712) 51-11-11", "'x", "a: b", "a #b", "Да:")) {
            assertThat(YamlScalar.of(text)).as(text).startsWith("\"");
        }
        for (String text : List.of("https://kultura.rkursk.ru/", "kultura@rkursk.ru", "СЭД «Дело»", "Нет-нет да")) {
            assertThat(YamlScalar.of(text)).as(text).isEqualTo(text);
        }
        assertThat(YamlScalar.of("две\nстроки\t\u0007")).isEqualTo("\"две\\nстроки\\t\\u0007\"");
    }
}
