package ru.perechen.tp.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishedYearsFileTest {

    private static final String YEAR_2026 = """
            # a comment
            year: 2026
            decree: постановление Правительства РФ от 24.09.2025 № 1466
            non-working weekdays: 01.01, 02.01, 05–09.01, 23.02, 09.03, 01.05, 11.05, 12.06, 04.11, 31.12
            working saturdays: none
            working days: 247
            """;

    private static List<PublishedYear> parse(String text) {
        return PublishedYearsFile.parse("test.txt", text.lines().toList());
    }

    @Test
    void reads_a_year_with_runs_of_days_copied_from_the_table() {
        PublishedYear year = parse(YEAR_2026).get(0);

        assertThat(year.year()).isEqualTo(2026);
        assertThat(year.decree()).isEqualTo("постановление Правительства РФ от 24.09.2025 № 1466");
        assertThat(year.nonWorkingWeekdays()).hasSize(14).contains(
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 9));
        assertThat(year.workingSaturdays()).isEmpty();
        assertThat(year.workingDays()).isEqualTo(247);
    }

    @Test
    void refuses_a_count_that_the_dates_do_not_give() {
        assertThatThrownBy(() -> parse(YEAR_2026.replace("working days: 247", "working days: 248")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("test.txt:2: ")
                .hasMessageContaining("give 247 working days")
                .hasMessageContaining("declares 248");
    }

    @Test
    void refuses_a_weekday_holiday_of_the_labour_code_left_working() {
        // 23 February 2026 is a Monday; dropping it and a made-up day off keeps the count at 247.
        String text = YEAR_2026.replace("23.02", "24.02");

        assertThatThrownBy(() -> parse(text))
                .hasMessageContaining("2026-02-23 is a holiday of the Labour Code, art. 112");
    }

    @Test
    void refuses_a_weekend_listed_as_a_non_working_weekday() {
        assertThatThrownBy(() -> parse(YEAR_2026.replace("09.03", "07.03")))
                .hasMessageContaining("2026-03-07 is a SATURDAY");
    }

    @Test
    void refuses_a_working_saturday_that_is_not_a_saturday() {
        assertThatThrownBy(() -> parse(YEAR_2026.replace("working saturdays: none", "working saturdays: 07.12")))
                .hasMessageContaining("working Saturday 2026-12-07 is a MONDAY");
        assertThatThrownBy(() -> parse(YEAR_2026.replace("working saturdays: none", "working saturdays: 06.12")))
                .hasMessageContaining("2026-12-06 is a SUNDAY");
    }

    @Test
    void points_at_the_line_of_a_bad_date() {
        assertThatThrownBy(() -> parse(YEAR_2026.replace("12.06", "31.06")))
                .hasMessageStartingWith("test.txt:4: ")
                .hasMessageContaining("\"31.06\"");
        assertThatThrownBy(() -> parse(YEAR_2026.replace("04.11, ", "04.11,, ")))
                .hasMessageStartingWith("test.txt:4: ");
    }

    @Test
    void refuses_a_missing_line_an_unknown_key_and_years_out_of_order() {
        assertThatThrownBy(() -> parse(YEAR_2026.replace("working saturdays: none\n", "")))
                .hasMessageContaining("no \"working saturdays:\" line");
        assertThatThrownBy(() -> parse(YEAR_2026.replace("decree:", "decreee:")))
                .hasMessageStartingWith("test.txt:3: unknown key \"decreee\"");
        String twice = YEAR_2026 + YEAR_2026.replace("# a comment", "");
        assertThatThrownBy(() -> parse(twice))
                .hasMessageContaining("ascending order");
        assertThatThrownBy(() -> parse("# nothing here\n"))
                .hasMessageContaining("no years");
    }
}
