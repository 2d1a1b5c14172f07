package ru.perechen.tp.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which days are working days in Russia, and the working-day arithmetic of the publication
 * deadline (clause 6.5 of the Order: the current version within 10 working days of a change).
 *
 * <p>A working day is a Monday to Friday that is not a non-working day, or a Saturday that a decree
 * makes a working day. The embedded data ({@link #russian()}) covers the years whose decrees are
 * published; the register may add its own days ({@link #withAdditions}). Any computation that needs
 * a day of a year the calendar does not know throws {@link CalendarGapException} rather than guess.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class ProductionCalendar {

    static final String RESOURCE = "production-calendar-ru.txt";

    private final List<PublishedYear> publishedYears;
    private final Set<Integer> knownYears;
    /** Monday-to-Friday dates that are not worked, plus the register's added holidays. */
    private final Set<LocalDate> daysOff;
    /** Saturdays made working by a decree, plus the register's added workdays. */
    private final Set<LocalDate> workdays;

    private ProductionCalendar(
            List<PublishedYear> publishedYears,
            Set<Integer> knownYears,
            Set<LocalDate> daysOff,
            Set<LocalDate> workdays) {
        this.publishedYears = List.copyOf(publishedYears);
        this.knownYears = Collections.unmodifiableSortedSet(new TreeSet<>(knownYears));
        this.daysOff = Set.copyOf(daysOff);
        this.workdays = Set.copyOf(workdays);
    }

    /** A calendar made of these published years only, with no additions. */
    static ProductionCalendar of(List<PublishedYear> years) {
        Set<Integer> known = new HashSet<>();
        Set<LocalDate> daysOff = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        for (PublishedYear year : years) {
            if (!known.add(year.year())) {
                throw new IllegalArgumentException("year " + year.year() + " is given twice");
            }
            daysOff.addAll(year.nonWorkingWeekdays());
            workdays.addAll(year.workingSaturdays());
        }
        return new ProductionCalendar(years, known, daysOff, workdays);
    }

    /**
     * The Russian production calendar for every year whose decree on moving days off is embedded
     * (see {@link #publishedYears()}). Read from the resource once, on first use.
     */
    public static ProductionCalendar russian() {
        return Embedded.RUSSIAN;
    }

    /** Holder idiom: the resource is read on the first call to {@link #russian()}, exactly once. */
    private static final class Embedded {
        static final ProductionCalendar RUSSIAN = of(readResource());

        private static List<PublishedYear> readResource() {
            InputStream stream = ProductionCalendar.class.getResourceAsStream(RESOURCE);
            if (stream == null) {
                throw new IllegalStateException("the resource " + RESOURCE + " is missing from the build");
            }
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                return PublishedYearsFile.parse(RESOURCE, reader.lines().toList());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /**
     * This calendar with the register's own days ({@code calendar:} in register.yaml) laid over it:
     * each added holiday is not a working day and each added workday is one, whatever the data says;
     * later additions override earlier ones.
     *
     * <p>Adding any day of a year the calendar does not know makes that whole year known, with the
     * plain week for every day not added: the person who enters a year's days is taken to have
     * entered all of its non-working weekdays and working Saturdays.
     *
     * @throws IllegalArgumentException if a date is both an added holiday and an added workday
     */
    public ProductionCalendar withAdditions(Collection<LocalDate> holidays, Collection<LocalDate> workdays) {
        Set<LocalDate> addedHolidays = Set.copyOf(holidays);
        Set<LocalDate> addedWorkdays = Set.copyOf(workdays);
        for (LocalDate day : new TreeSet<>(addedHolidays)) {
            if (addedWorkdays.contains(day)) {
                throw new IllegalArgumentException(day + " is added both as a holiday and as a workday");
            }
        }
        Set<Integer> known = new HashSet<>(knownYears);
        Set<LocalDate> newDaysOff = new HashSet<>(daysOff);
        Set<LocalDate> newWorkdays = new HashSet<>(this.workdays);
        newDaysOff.removeAll(addedWorkdays);
        newWorkdays.removeAll(addedHolidays);
        newDaysOff.addAll(addedHolidays);
        newWorkdays.addAll(addedWorkdays);
        addedHolidays.forEach(day -> known.add(day.getYear()));
        addedWorkdays.forEach(day -> known.add(day.getYear()));
        return new ProductionCalendar(publishedYears, known, newDaysOff, newWorkdays);
    }

    /**
     * Whether {@code day} is a working day.
     *
     * @throws CalendarGapException if the calendar has no data for the day's year
     */
    public boolean isWorkingDay(LocalDate day) {
        requireKnownYear(day);
        if (daysOff.contains(day)) {
            return false;
        }
        return workdays.contains(day) || !PublishedYear.isWeekend(day);
    }

    /**
     * The last day of a period of {@code workingDays} working days that begins with an event: the
     * {@code workingDays}-th working day after {@code event}. The event's own day never counts,
     * whatever kind of day it is, because a period starts on the day after the event (Civil Code,
     * art. 191); something done on the returned day is on time. For the publication deadline:
     * {@code deadline(actDate, 10)}.
     *
     * @throws IllegalArgumentException if {@code workingDays} is less than 1
     * @throws CalendarGapException if the period runs through a year the calendar does not know
     */
    public LocalDate deadline(LocalDate event, int workingDays) {
        Objects.requireNonNull(event, "event");
        if (workingDays < 1) {
            throw new IllegalArgumentException("a period needs at least one working day, not " + workingDays);
        }
        LocalDate day = event;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Working days left until {@code deadline} as of {@code today}, negative once it has passed:
     * <ul>
     *   <li>on or before the deadline: the number of working days after {@code today}, up to and
     *       including the deadline; so 0 on the deadline day itself, and 1 on the day before it or
     *       on the weekend before a Monday deadline;</li>
     *   <li>after the deadline: minus the number of working days from the deadline, included, to
     *       {@code today}, excluded; so -1 on the next day (even a Saturday, because the deadline
     *       ended with the working day before it), and one less for each working day that ends.</li>
     * </ul>
     * For a deadline that is a working day, as {@link #deadline} returns, the sign tells where
     * {@code today} stands: positive before, 0 on, negative after.
     *
     * @throws CalendarGapException if a day between the two dates is in a year the calendar does not know
     */
    public int workingDaysLeft(LocalDate today, LocalDate deadline) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(deadline, "deadline");
        if (!today.isAfter(deadline)) {
            return countWorkingDays(today.plusDays(1), deadline.plusDays(1));
        }
        return -countWorkingDays(deadline, today);
    }

    /** Working days in [{@code from}, {@code until}). */
    private int countWorkingDays(LocalDate from, LocalDate until) {
        int count = 0;
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The years this calendar can answer for, ascending: the published ones and those added. */
    public Set<Integer> knownYears() {
        return knownYears;
    }

    /** The embedded years with their source decrees, ascending; years only added are not here. */
    public List<PublishedYear> publishedYears() {
        return publishedYears;
    }

    private void requireKnownYear(LocalDate day) {
        if (!knownYears.contains(day.getYear())) {
            throw new CalendarGapException(day.getYear());
        }
    }
}
