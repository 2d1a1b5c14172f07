package ru.perechen.tp.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductionCalendarTest {

    private static final ProductionCalendar RUSSIAN = ProductionCalendar.russian();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** "2025-01-06..2025-01-08" or "2025-05-01": written in ISO so it does not share the resource's parser. */
    private static List<LocalDate> days(String... items) {
        List<LocalDate> days = new ArrayList<>();
        for (String item : items) {
            int dots = item.indexOf("..");
            LocalDate first = date(dots < 0 ? item : item.substring(0, dots));
            LocalDate last = dots < 0 ? first : date(item.substring(dots + 2));
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                days.add(day);
            }
        }
        return days;
    }

    @Nested
    class EmbeddedData {

        @Test
        void every_year_has_the_number_of_working_days_of_the_table() {
            Map<Integer, Integer> table = new LinkedHashMap<>();
            table.put(2023, 247);
            table.put(2024, 248);
            table.put(2025, 247);
            table.put(2026, 247);
            table.put(2027, 247);

            assertThat(RUSSIAN.knownYears()).containsExactlyElementsOf(table.keySet());
            for (PublishedYear year : RUSSIAN.publishedYears()) {
                int counted = 0;
                for (LocalDate day = LocalDate.of(year.year(), 1, 1);
                        day.getYear() == year.year();
                        day = day.plusDays(1)) {
                    if (RUSSIAN.isWorkingDay(day)) {
                        counted++;
                    }
                }
                assertThat(counted).as("working days counted in %d", year.year())
                        .isEqualTo(year.workingDays())
                        .isEqualTo(table.get(year.year()));
            }
        }

        @Test
        void the_days_and_decrees_are_those_of_the_table() {
            Map<Integer, PublishedYear> expected = new LinkedHashMap<>();
            expected.put(2023, new PublishedYear(2023, "постановление Правительства РФ от 29.08.2022 № 1505",
                    days("2023-01-02..2023-01-06", "2023-02-23", "2023-02-24", "2023-03-08", "2023-05-01",
                            "2023-05-08", "2023-05-09", "2023-06-12", "2023-11-06"),
                    days(), 247));
            expected.put(2024, new PublishedYear(2024, "постановление Правительства РФ от 10.08.2023 № 1314",
                    days("2024-01-01..2024-01-05", "2024-01-08", "2024-02-23", "2024-03-08", "2024-04-29",
                            "2024-04-30", "2024-05-01", "2024-05-09", "2024-05-10", "2024-06-12",
                            "2024-11-04", "2024-12-30", "2024-12-31"),
                    days("2024-04-27", "2024-11-02", "2024-12-28"), 248));
            expected.put(2025, new PublishedYear(2025, "постановление Правительства РФ от 04.10.2024 № 1335",
                    days("2025-01-01..2025-01-03", "2025-01-06..2025-01-08", "2025-05-01", "2025-05-02",
                            "2025-05-08", "2025-05-09", "2025-06-12", "2025-06-13", "2025-11-03",
                            "2025-11-04", "2025-12-31"),
                    days("2025-11-01"), 247));
            expected.put(2026, new PublishedYear(2026, "постановление Правительства РФ от 24.09.2025 № 1466",
                    days("2026-01-01", "2026-01-02", "2026-01-05..2026-01-09", "2026-02-23", "2026-03-09",
                            "2026-05-01", "2026-05-11", "2026-06-12", "2026-11-04", "2026-12-31"),
                    days(), 247));
            expected.put(2027, new PublishedYear(2027, "постановление Правительства РФ от 17.09.2026 № 1187",
                    days("2027-01-01", "2027-01-04..2027-01-08", "2027-02-22", "2027-02-23", "2027-03-08",
                            "2027-05-03", "2027-05-10", "2027-06-14", "2027-11-04", "2027-11-05",
                            "2027-12-31"),
                    days("2027-02-20"), 247));

            assertThat(RUSSIAN.publishedYears()).containsExactlyElementsOf(expected.values());
        }

        @Test
        void is_read_once() {
            assertThat(ProductionCalendar.russian()).isSameAs(ProductionCalendar.russian());
        }
    }

    @Nested
    class WorkingDays {

        @ParameterizedTest(name = "{0} is a working day: {1} ({2})")
        @CsvSource(delimiter = '|', textBlock = """
                2025-11-01 | true  | a Saturday made working by the 2025 decree
                2025-11-08 | false | an ordinary Saturday
                2025-11-03 | false | a Monday made a day off by the 2025 decree
                2025-11-05 | true  | an ordinary Wednesday
                2026-01-09 | false | a Friday of the New Year holidays moved by the 2026 decree
                2026-01-07 | false | Christmas, art. 112
                2026-03-09 | false | 8 March fell on a Sunday, so Monday is off
                2026-05-08 | true  | a Friday before the Victory Day weekend, not moved in 2026
                2024-12-28 | true  | a working Saturday of 2024
                2025-12-30 | true  | a shortened pre-holiday day is still a working day
                """)
        void follows_the_decrees(LocalDate day, boolean working, String why) {
            assertThat(RUSSIAN.isWorkingDay(day)).as(why).isEqualTo(working);
        }
    }

    @Nested
    class Deadlines {

        @Test
        void the_example_of_the_order_act_of_25_december_2025() {
            // 26.12, 29.12, 30.12; 31.12 and 1-11 January are not; 12-16, 19, 20 January.
            assertThat(RUSSIAN.deadline(date("2025-12-25"), 10)).isEqualTo(date("2026-01-20"));
        }

        @ParameterizedTest(name = "act of {0} -> {1}: {2}")
        @CsvSource(delimiter = '|', textBlock = """
                2024-12-27 | 2025-01-21 | 28.12 (working Saturday); 9, 10, 13-17, 20, 21 January
                2025-04-28 | 2025-05-16 | 29, 30 April; 5-7 May; 12-16 May
                2025-04-30 | 2025-05-20 | 5-7 May; 12-16 May; 19, 20 May
                2026-04-29 | 2026-05-15 | 30 April; 4-8 May; 12-15 May (11 May off)
                2026-05-08 | 2026-05-25 | 12-15 May; 18-22 May; 25 May
                2026-12-28 | 2027-01-20 | 29, 30 December; 11-15 January 2027; 18-20 January
                2025-10-31 | 2025-11-17 | 1 November (working Saturday); 5-7 November; 10-14 November; 17 November
                """)
        void across_the_new_year_and_may_holidays(LocalDate act, LocalDate deadline, String countedDays) {
            assertThat(RUSSIAN.deadline(act, 10)).as(countedDays).isEqualTo(deadline);
        }

        @Test
        void a_working_saturday_counts() {
            assertThat(RUSSIAN.deadline(date("2025-10-31"), 1)).isEqualTo(date("2025-11-01"));
        }

        @ParameterizedTest(name = "act of {0} ({1}) -> 2025-06-27")
        @CsvSource(delimiter = '|', textBlock = """
                2025-06-12 | Thursday, Russia Day
                2025-06-13 | Friday made a day off by the decree
                2025-06-14 | Saturday
                2025-06-15 | Sunday
                """)
        void an_event_on_a_day_off_starts_the_count_the_next_day(LocalDate act, String kindOfDay) {
            // 16-20 June, 23-27 June.
            assertThat(RUSSIAN.deadline(act, 10)).isEqualTo(date("2025-06-27"));
        }

        @Test
        void the_day_of_the_event_never_counts_even_when_it_is_a_working_day() {
            // Monday 16 June: the period is 17-20, 23-27, 30 June; an act of the Sunday before ends on 27 June.
            assertThat(RUSSIAN.deadline(date("2025-06-16"), 10)).isEqualTo(date("2025-06-30"));
        }

        @Test
        void a_deadline_falls_on_a_working_day_even_when_it_starts_in_a_holiday() {
            assertThat(RUSSIAN.deadline(date("2026-01-01"), 10)).isEqualTo(date("2026-01-23"));
            assertThat(RUSSIAN.deadline(date("2026-01-03"), 10)).isEqualTo(date("2026-01-23"));
        }

        @Test
        void a_period_needs_at_least_one_day() {
            assertThatThrownBy(() -> RUSSIAN.deadline(date("2025-06-16"), 0))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class DaysLeft {

        // Deadline of the act of 25.12.2025: Tuesday 20.01.2026.
        @ParameterizedTest(name = "on {0}: {1}")
        @CsvSource(delimiter = '|', textBlock = """
                2025-12-25 | 10 | the act's day: all ten are ahead
                2025-12-30 |  7 | 12-16, 19, 20 January remain
                2026-01-05 |  7 | a holiday: nothing has been used since 30 December
                2026-01-16 |  2 | 19 and 20 January remain
                2026-01-17 |  2 | Saturday: still 19 and 20
                2026-01-19 |  1 | the day before
                2026-01-20 |  0 | the deadline day: publishing today is on time
                2026-01-21 | -1 | the day after
                2026-01-23 | -3 | 20, 21, 22 January have passed
                2026-01-24 | -4 | Saturday: Friday 23 has passed as well
                2026-01-26 | -4 | Monday: the weekend adds nothing
                """)
        void around_a_deadline(LocalDate today, int left, String why) {
            LocalDate deadline = RUSSIAN.deadline(date("2025-12-25"), 10);

            assertThat(RUSSIAN.workingDaysLeft(today, deadline)).as(why).isEqualTo(left);
        }

        @Test
        void the_day_after_a_friday_deadline_is_already_overdue() {
            LocalDate friday = date("2025-06-27");

            assertThat(RUSSIAN.workingDaysLeft(date("2025-06-27"), friday)).isZero();
            assertThat(RUSSIAN.workingDaysLeft(date("2025-06-28"), friday)).isEqualTo(-1);
            assertThat(RUSSIAN.workingDaysLeft(date("2025-06-29"), friday)).isEqualTo(-1);
            assertThat(RUSSIAN.workingDaysLeft(date("2025-06-30"), friday)).isEqualTo(-1);
            assertThat(RUSSIAN.workingDaysLeft(date("2025-07-01"), friday)).isEqualTo(-2);
        }

        @Test
        void the_weekend_before_a_monday_deadline_still_has_the_monday() {
            LocalDate monday = date("2025-06-30");

            assertThat(RUSSIAN.workingDaysLeft(date("2025-06-27"), monday)).isEqualTo(1);
            assertThat(RUSSIAN.workingDaysLeft(date("2025-06-28"), monday)).isEqualTo(1);
            assertThat(RUSSIAN.workingDaysLeft(date("2025-06-29"), monday)).isEqualTo(1);
        }
    }

    @Nested
    class RegisterAdditions {

        @Test
        void an_added_holiday_pushes_a_deadline() {
            ProductionCalendar calendar = RUSSIAN.withAdditions(List.of(date("2026-01-14")), List.of());

            assertThat(calendar.deadline(date("2025-12-25"), 10)).isEqualTo(date("2026-01-21"));
            assertThat(RUSSIAN.deadline(date("2025-12-25"), 10))
                    .as("the original is unchanged").isEqualTo(date("2026-01-20"));
        }

        @Test
        void an_added_workday_pulls_a_deadline() {
            ProductionCalendar calendar = RUSSIAN.withAdditions(List.of(), List.of(date("2026-01-10")));

            assertThat(calendar.isWorkingDay(date("2026-01-10"))).isTrue();
            assertThat(calendar.deadline(date("2025-12-25"), 10)).isEqualTo(date("2026-01-19"));
        }

        @Test
        void an_added_workday_can_be_a_day_off_of_the_decree_and_an_added_holiday_a_working_saturday() {
            ProductionCalendar calendar = RUSSIAN.withAdditions(
                    List.of(date("2025-11-01")), List.of(date("2025-11-03")));

            assertThat(calendar.isWorkingDay(date("2025-11-01"))).isFalse();
            assertThat(calendar.isWorkingDay(date("2025-11-03"))).isTrue();
        }

        @Test
        void later_additions_override_earlier_ones() {
            ProductionCalendar calendar = RUSSIAN
                    .withAdditions(List.of(date("2026-01-14")), List.of())
                    .withAdditions(List.of(), List.of(date("2026-01-14")));

            assertThat(calendar.isWorkingDay(date("2026-01-14"))).isTrue();
        }

        @Test
        void a_day_cannot_be_both() {
            assertThatThrownBy(() -> RUSSIAN.withAdditions(List.of(date("2026-01-14")), List.of(date("2026-01-14"))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2026-01-14");
        }

        @Test
        void adding_days_of_2028_makes_2028_known() {
            // 1-8 January 2028: Saturday 1 to Saturday 8; the weekday holidays are 3-7 January.
            ProductionCalendar calendar = RUSSIAN.withAdditions(days("2028-01-03..2028-01-07"), List.of());

            assertThat(calendar.knownYears()).containsExactly(2023, 2024, 2025, 2026, 2027, 2028);
            assertThat(calendar.publishedYears()).extracting(PublishedYear::year)
                    .as("2028 has no decree here").doesNotContain(2028);
            // 29, 30 December 2027 (31 is off); 10-14 January 2028; 17-19 January.
            assertThat(calendar.deadline(date("2027-12-28"), 10)).isEqualTo(date("2028-01-19"));
        }
    }

    @Nested
    class YearsWithNoData {

        @Test
        void a_deadline_reaching_into_2028_is_an_error_naming_2028() {
            assertThatThrownBy(() -> RUSSIAN.deadline(date("2027-12-28"), 10))
                    .isInstanceOfSatisfying(CalendarGapException.class, gap -> assertThat(gap.year()).isEqualTo(2028))
                    .hasMessageContaining("2028")
                    .hasMessageContaining("register.yaml")
                    .hasMessageContaining("calendar:")
                    .hasMessageContaining("holidays: [...]")
                    .hasMessageContaining("workdays: [...]");
        }

        @Test
        void a_deadline_that_ends_in_the_last_known_year_needs_no_more() {
            // 29, 30 December 2027 are the 1st and 2nd working days; 31 December is off.
            assertThat(RUSSIAN.deadline(date("2027-12-28"), 2)).isEqualTo(date("2027-12-30"));
        }

        @Test
        void the_event_day_itself_may_be_in_an_unknown_year() {
            // The count starts the next day, so 31 December 2022 is never looked at.
            assertThat(RUSSIAN.deadline(date("2022-12-31"), 1)).isEqualTo(date("2023-01-09"));
        }

        @Test
        void adding_2028_leaves_2029_unknown() {
            ProductionCalendar calendar = RUSSIAN.withAdditions(days("2028-01-03..2028-01-07"), List.of());

            assertThatThrownBy(() -> calendar.deadline(date("2028-12-29"), 10))
                    .isInstanceOfSatisfying(CalendarGapException.class, gap -> assertThat(gap.year()).isEqualTo(2029));
        }

        @Test
        void any_question_about_an_unknown_day_is_an_error() {
            assertThatThrownBy(() -> RUSSIAN.isWorkingDay(date("2022-06-01")))
                    .isInstanceOfSatisfying(CalendarGapException.class, gap -> assertThat(gap.year()).isEqualTo(2022));
            assertThatThrownBy(() -> RUSSIAN.workingDaysLeft(date("2028-02-01"), date("2027-12-30")))
                    .isInstanceOfSatisfying(CalendarGapException.class, gap -> assertThat(gap.year()).isEqualTo(2028));
        }

        @Test
        void known_years_cannot_be_changed_from_outside() {
            Set<Integer> years = RUSSIAN.knownYears();

            assertThatThrownBy(() -> years.add(2028)).isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
