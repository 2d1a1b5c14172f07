package ru.perechen.tp.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import ru.perechen.tp.model.AccessibilityFeature;
import ru.perechen.tp.model.Assessment;
import ru.perechen.tp.model.Channel;
import ru.perechen.tp.model.Code;
import ru.perechen.tp.model.Need;
import ru.perechen.tp.model.PointKind;
import ru.perechen.tp.model.ProcessCategory;

class VocabularyTest {

    private final Vocabulary vocabulary = Vocabulary.standard();

    @Test
    void no_name_leads_to_two_codes_of_one_vocabulary() {
        assertThat(Vocabulary.ambiguities()).isEmpty();
    }

    @Test
    void every_other_name_belongs_to_a_real_code() throws Exception {
        Properties names = new Properties();
        names.load(new InputStreamReader(Vocabulary.class.getResourceAsStream("labels.properties"), StandardCharsets.UTF_8));
        for (String key : names.stringPropertyNames()) {
            int dot = key.indexOf('.');
            Class<? extends Code> type = Vocabulary.NAMES.get(key.substring(0, dot));
            assertThat(type).as(key).isNotNull();
            assertThat(List.of(type.getEnumConstants())).extracting(Code::code).as(key).contains(key.substring(dot + 1));
        }
    }

    @Test
    void labels_are_recognised_whatever_their_case_and_spacing_and_codes_too() {
        assertThat(vocabulary.find(PointKind.class, "  ТЕЛЕФОННАЯ   связь ")).contains(PointKind.PHONE);
        assertThat(vocabulary.find(PointKind.class, "официальный сайт министерства")).contains(PointKind.WEBSITE);
        assertThat(vocabulary.find(PointKind.class, "social-public")).contains(PointKind.SOCIAL_PUBLIC);
        assertThat(vocabulary.find(PointKind.class, "Official website of the Ministry")).contains(PointKind.WEBSITE);
        assertThat(vocabulary.find(Channel.class, "ОФФЛАЙН")).contains(Channel.OFFLINE);
        assertThat(vocabulary.find(ProcessCategory.class, "Предоставление государственных услуг"))
                .contains(ProcessCategory.PUBLIC_SERVICES);
        assertThat(vocabulary.find(Assessment.class, "Неприменимо")).contains(Assessment.NOT_APPLICABLE);
        assertThat(vocabulary.find(Assessment.class, "n/a")).contains(Assessment.NOT_APPLICABLE);
        assertThat(vocabulary.find(PointKind.class, "Сайтик")).isEmpty();
    }

    @Test
    void several_values_in_one_cell_even_when_a_label_holds_a_comma() {
        Vocabulary.Listed<Need> needs = vocabulary.list(Need.class,
                "Получение информации, в т.ч. о ходе рассмотрения, КОНСУЛЬТАЦИЯ;подача заявления, обращения, запроса, документов\nрезультат, чудо");

        assertThat(needs.codes()).containsExactly(Need.INFORMATION, Need.CONSULTATION, Need.SUBMISSION, Need.RESULT);
        assertThat(needs.unknown()).containsExactly("чудо");
        assertThat(vocabulary.list(AccessibilityFeature.class,
                "Учтены особенности клиентов с нарушениями опорно-двигательного аппарата, ограниченно или временно нетрудоспособных, зрение").codes())
                .containsExactly(AccessibilityFeature.MOBILITY, AccessibilityFeature.VISION);
    }

    @Test
    void a_mapping_file_adds_names_of_its_own() {
        Vocabulary own = vocabulary.with(Map.of(PointKind.class, Map.of("Телефон доверия губернатора", PointKind.PHONE)));

        assertThat(own.find(PointKind.class, "телефон доверия ГУБЕРНАТОРА")).contains(PointKind.PHONE);
        assertThat(vocabulary.find(PointKind.class, "телефон доверия губернатора")).isEmpty();
    }

    @Test
    void a_near_miss_gets_a_suggestion() {
        assertThat(vocabulary.closest(PointKind.class, "Телефоная связь")).contains(PointKind.PHONE);
        assertThat(vocabulary.closest(PointKind.class, "Голубиная почта")).isEmpty();
    }

    @Test
    void yes_and_no_as_people_write_them() {
        assertThat(Vocabulary.bool(" Да ")).contains(true);
        assertThat(Vocabulary.bool("нет")).contains(false);
        assertThat(Vocabulary.bool("yes")).contains(true);
        assertThat(Vocabulary.bool("—")).contains(false);
        assertThat(Vocabulary.bool("может быть")).isEmpty();
    }
}
