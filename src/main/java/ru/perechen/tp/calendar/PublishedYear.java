package ru.perechen.tp.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One year of the production calendar as the government's decree on moving days off sets it: the
 * weekdays that are not worked and the Saturdays that are. Every other day follows the plain week.
 *
 * <p>The record refuses data that contradicts itself or the Labour Code, because a mistyped date
 * would otherwise silently shift every deadline computed from it: each date must lie in the year and
 * on the right kind of day, every holiday of art. 112 that falls on a weekday must be listed, and the
 * declared number of working days must equal the number the dates give.
 *
 * @param year the calendar year
 * @param decree the source, as a reader would look it up, e.g. "постановление Правительства РФ от
 *     24.09.2025 № 1466"
 * @param nonWorkingWeekdays Monday-to-Friday dates that are not working days, ascending
 * @param workingSaturdays Saturdays that are working days, ascending
 * @param workingDays the year's number of working days as published, checked against the dates
 */
public record PublishedYear(
        int year,
        String decree,
        List<LocalDate> nonWorkingWeekdays,
        List<LocalDate> workingSaturdays,
        int workingDays) {

    /** Labour Code, art. 112, part 1: the non-working holidays, whatever the decree moves. */
    private static final List<MonthDay> LABOUR_CODE_HOLIDAYS = List.of(
            MonthDay.of(1, 1), MonthDay.of(1, 2), MonthDay.of(1, 3), MonthDay.of(1, 4),
            MonthDay.of(1, 5), MonthDay.of(1, 6), MonthDay.of(1, 7), MonthDay.of(1, 8),
            MonthDay.of(2, 23), MonthDay.of(3, 8), MonthDay.of(5, 1), MonthDay.of(5, 9),
            MonthDay.of(6, 12), MonthDay.of(11, 4));

    public PublishedYear {
        Objects.requireNonNull(decree, "decree");
        if (decree.isBlank()) {
            throw new IllegalArgumentException(year + ": the source decree is missing");
        }
        nonWorkingWeekdays = sortedUnique(year, "non-working weekday", nonWorkingWeekdays);
        workingSaturdays = sortedUnique(year, "working Saturday", workingSaturdays);
        for (LocalDate day : nonWorkingWeekdays) {
            if (isWeekend(day)) {
                throw new IllegalArgumentException(
                        year + ": non-working weekday " + day + " is a " + day.getDayOfWeek());
            }
        }
        for (LocalDate day : workingSaturdays) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY) {
                throw new IllegalArgumentException(
                        year + ": working Saturday " + day + " is a " + day.getDayOfWeek());
            }
            if (LABOUR_CODE_HOLIDAYS.contains(MonthDay.from(day))) {
                throw new IllegalArgumentException(year + ": working Saturday " + day
                        + " is a holiday of the Labour Code, art. 112");
            }
        }
        for (MonthDay holiday : LABOUR_CODE_HOLIDAYS) {
            LocalDate day = holiday.atYear(year);
            if (!isWeekend(day) && !nonWorkingWeekdays.contains(day)) {
                throw new IllegalArgumentException(year + ": " + day
                        + " is a holiday of the Labour Code, art. 112, on a weekday,"
                        + " but it is not listed as a non-working weekday");
            }
        }
        int counted = countWorkingDays(year, nonWorkingWeekdays, workingSaturdays);
        if (counted != workingDays) {
            throw new IllegalArgumentException(year + ": the dates give " + counted
                    + " working days, but the year declares " + workingDays);
        }
    }

    private static List<LocalDate> sortedUnique(int year, String what, List<LocalDate> days) {
        TreeSet<LocalDate> seen = new TreeSet<>();
        for (LocalDate day : days) {
            Objects.requireNonNull(day, what);
            if (day.getYear() != year) {
                throw new IllegalArgumentException(year + ": " + what + " " + day + " is in another year");
            }
            if (!seen.add(day)) {
                throw new IllegalArgumentException(year + ": " + what + " " + day + " is listed twice");
            }
        }
        return List.copyOf(seen);
    }

    private static int countWorkingDays(
            int year, List<LocalDate> nonWorkingWeekdays, List<LocalDate> workingSaturdays) {
        int weekdays = 0;
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (!isWeekend(day)) {
                weekdays++;
            }
        }
        return weekdays - nonWorkingWeekdays.size() + workingSaturdays.size();
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
    }
}
