package ru.perechen.tp.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import ru.perechen.tp.load.ParsedFile;
import ru.perechen.tp.load.SafeYamlParser;
import ru.perechen.tp.load.YamlNode;
import ru.perechen.tp.model.Location;
import ru.perechen.tp.model.Need;
import ru.perechen.tp.model.Origin;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.PointKind;
import ru.perechen.tp.model.ProcessLink;

/** What tp import writes is read back as written, by tp and by any YAML reader. */
class RecordYamlTest {

    private static final List<String> TRICKY = List.of("NO", "no", "On", "off", "Yes", "y", "~", "null", "true",
            "0755", "1.10", "2026-11-30", "12:30", ".inf", "+7 (4712) 51-11-11", "-1+2", "'quoted'", "\"q\"",
            "Приём: по записи", "каб. 14 # второй этаж", "Внимание:", "@SUM(1)", "=1+1", "*ref", "&anchor", "!tag",
            "%YAML", "`cmd`", "[a]", "{a}", "> folded", "| literal", "? key", ", comma", "#comment", " leading",
            "trailing ", "две\nстроки", "таб\tвнутри", "\rCR", "обратный \\ слэш", "\u2028", "нуль\u0000", "\uFEFFbom",
            "https://kultura.rkursk.ru/", "kultura@rkursk.ru", "СЭД «Дело»", "Официальный сайт Министерства");

    private static Point point(String text) {
        Origin origin = Origin.of(Location.ofFile("points/TP-001.yaml"));
        return new Point("TP-001", text, PointKind.RECEPTION, null, "minkult", null, text,
                List.of(new ProcessLink("PR-001", List.of(Need.OTHER), text, origin)), null, null, null, null,
                true, List.of(), false, text, origin);
    }

    @Test
    void every_reader_gets_every_text_back_exactly() {
        Load load = new Load(LoadSettings.builder().build());
        SafeYamlParser parser = new SafeYamlParser();
        for (String text : TRICKY) {
            String yaml = RecordYaml.point(point(text), Optional.empty());
            Map<?, ?> loaded = (Map<?, ?>) load.loadFromString(yaml);
            assertThat(loaded.get("name")).as(yaml).isEqualTo(text);
            assertThat(loaded.get("note")).as(yaml).isEqualTo(text);
            ParsedFile parsed = parser.parse("x.yaml", yaml.getBytes(StandardCharsets.UTF_8));
            assertThat(parsed.problems()).as(yaml).isEmpty();
            YamlNode.Mapping root = (YamlNode.Mapping) parsed.root();
            assertThat(((YamlNode.Scalar) root.get("address")).text()).as(yaml).isEqualTo(text);
        }
    }

    @Test
    void values_yaml_would_misread_are_quoted_plain_text_is_not() {
        for (String text : List.of("NO", "on", "0755", "+7 (4712) 51-11-11", "'x", "a: b", "a #b", "Да:")) {
            assertThat(RecordYaml.point(point(text), Optional.empty())).as(text).contains("name: \"");
        }
        for (String text : List.of("https://kultura.rkursk.ru/", "kultura@rkursk.ru", "СЭД «Дело»", "Нет-нет да")) {
            assertThat(RecordYaml.point(point(text), Optional.empty())).as(text).contains("name: " + text + "\n");
        }
    }

    @Test
    void keys_in_the_order_of_the_format_defaults_left_out_and_what_a_person_must_give_marked() {
        assertThat(RecordYaml.point(point("Приёмная"), Optional.of("# yaml-language-server: $schema=../x.json")))
                .isEqualTo("""
                        # yaml-language-server: $schema=../x.json
                        id: TP-001
                        name: Приёмная
                        kind: reception
                        organization: minkult
                        address: Приёмная
                        processes:
                          - process: PR-001
                            needs: [other]
                            other: Приёмная
                        basis:
                          - type: ЗАПОЛНИТЕ
                            title: ЗАПОЛНИТЕ
                        requirements:
                          receipt-notice: ОЦЕНИТЕ
                          complete-answer: ОЦЕНИТЕ
                          knowledge-base: ОЦЕНИТЕ
                          quick-feedback: ОЦЕНИТЕ
                        note: Приёмная
                        """);
    }
}
