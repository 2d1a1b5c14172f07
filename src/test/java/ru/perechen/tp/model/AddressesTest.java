package ru.perechen.tp.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When two addresses name the same touchpoint (4.11), as the precisions define it. */
class AddressesTest {

    @ParameterizedTest(name = "{0}: «{1}» ~ «{2}»")
    @CsvSource(delimiter = '|', value = {
        "WEBSITE | https://VK.com/Culture46/ | https://vk.com/Culture46",
        "WEBSITE | https://vmeste46.ru/# | https://vmeste46.ru",
        "WEBSITE | https://x.ru/a?b=1#top | https://x.ru/a?b=1",
        "EMAIL | Priem@Kultura.RU | priem@kultura.ru",
        "PHONE | 8 (4712) 70-08-39 | +7 4712 700839",
        "RECEPTION | Курск,  ул.\tЛенина, 1 | курск, ул. ленина, 1",
        "EDMS | СЭД «Дело» | сэд  «дело»"})
    void theSameTouchpointWrittenTwoWays(PointKind kind, String one, String other) {
        assertThat(Addresses.normalize(kind, one)).isEqualTo(Addresses.normalize(kind, other));
    }

    @org.junit.jupiter.api.Test
    void lettersComposedOrDecomposedAreTheSame() {
        assertThat(Addresses.normalize(PointKind.RECEPTION, "ул. Мирная, \u0439"))
                .isEqualTo(Addresses.normalize(PointKind.RECEPTION, "ул. Мирная, \u0438\u0306"));
    }

    @ParameterizedTest(name = "{0}: «{1}» ≠ «{2}»")
    @CsvSource(delimiter = '|', value = {
        "WEBSITE | https://x.ru/a | https://x.ru/b",
        "WEBSITE | https://x.ru/a?b=1 | https://x.ru/a?b=2",
        "PHONE | +7 4712 700839 | +7 4712 700830",
        "PHONE | 8 800 100 00 00 | 800 100 00 00",
        "RECEPTION | каб. 1 | каб. 2"})
    void differentTouchpoints(PointKind kind, String one, String other) {
        assertThat(Addresses.normalize(kind, one)).isNotEqualTo(Addresses.normalize(kind, other));
    }
}
