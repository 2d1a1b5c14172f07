/**
 * The Russian production calendar and the working-day arithmetic behind the publication deadline
 * of clause 6.5: which days are working days, and the date of the Nth working day after an act.
 */
package ru.perechen.tp.calendar;
