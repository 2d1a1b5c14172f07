package ru.perechen.tp.calendar;

/**
 * A computation needed a day of a year for which the calendar has no data. Deliberately not a
 * fallback to a plain Monday-to-Friday week: the decree for a year moves days off and makes
 * Saturdays working, so a guessed deadline could be days off, and a deadline is a legal date.
 *
 * <p>The message is English for logs and tests; the command line shows its own translation,
 * built from {@link #year()}.
 */
public final class CalendarGapException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int year;

    public CalendarGapException(int year) {
        super("The production calendar has no data for " + year + ". Add the year's non-working days"
                + " and working Saturdays under calendar: in register.yaml (holidays: [...],"
                + " workdays: [...]), from the government's decree on moving days off in " + year + ".");
        this.year = year;
    }

    /** The year with no calendar data. */
    public int year() {
        return year;
    }
}
