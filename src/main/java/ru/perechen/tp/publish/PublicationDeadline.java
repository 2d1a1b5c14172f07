package ru.perechen.tp.publish;

import java.time.LocalDate;

import ru.perechen.tp.calendar.ProductionCalendar;
import ru.perechen.tp.model.ApprovedVersion;

/**
 * Where the publication of an approved version stands against clause 6.5 of the Order: the current
 * version must be on the shared storage within 10 working days of the act that approved it.
 *
 * @param deadline         the last day on which placing it is on time
 * @param workingDaysLeft  working days from {@code today} to the deadline; negative once it has passed
 *                         (see {@link ProductionCalendar#workingDaysLeft})
 * @param published        whether the version is found in the publication folder
 * @param overdue          the deadline has passed and the version is not published
 */
public record PublicationDeadline(ApprovedVersion version, LocalDate deadline, int workingDaysLeft,
                                  boolean published, boolean overdue) {

    /** Clause 6.5: ten working days. */
    public static final int WORKING_DAYS = 10;

    /**
     * @throws ru.perechen.tp.calendar.CalendarGapException when the period runs through a year the
     *         calendar has no data for
     */
    public static PublicationDeadline of(ApprovedVersion version, ProductionCalendar calendar, LocalDate today,
                                         boolean published) {
        LocalDate deadline = calendar.deadline(version.date(), WORKING_DAYS);
        int left = calendar.workingDaysLeft(today, deadline);
        return new PublicationDeadline(version, deadline, left, published, !published && left < 0);
    }
}
