package ru.perechen.tp.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the plain-text production calendar (the format is described in the header of
 * {@code production-calendar-ru.txt}). Kept apart from {@link ProductionCalendar} so that the
 * format can be tested on small inline texts, and so that a reader comparing the file with a
 * decree never has to read Java.
 *
 * <p>The file is tiny and read once, so it is parsed with plain string operations; any mistake
 * is an {@link IllegalArgumentException} naming the file and line.
 */
final class PublishedYearsFile {

    private static final String YEAR = "year";
    private static final String DECREE = "decree";
    private static final String NON_WORKING_WEEKDAYS = "non-working weekdays";
    private static final String WORKING_SATURDAYS = "working saturdays";
    private static final String WORKING_DAYS = "working days";
    private static final List<String> KEYS =
            List.of(YEAR, DECREE, NON_WORKING_WEEKDAYS, WORKING_SATURDAYS, WORKING_DAYS);
    private static final String NO_DATES = "none";

    private PublishedYearsFile() {
    }

    /** Parses the whole text into its years, ascending; {@code sourceName} appears in errors. */
    static List<PublishedYear> parse(String sourceName, List<String> lines) {
        List<PublishedYear> years = new ArrayList<>();
        Block block = null;
        for (int index = 0; index < lines.size(); index++) {
            int lineNumber = index + 1;
            String line = lines.get(index).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw error(sourceName, lineNumber, "expected \"key: value\", found \"" + line + "\"");
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (!KEYS.contains(key)) {
                throw error(sourceName, lineNumber, "unknown key \"" + key + "\"; expected one of " + KEYS);
            }
            if (key.equals(YEAR)) {
                if (block != null) {
                    years.add(block.toYear(sourceName, years));
                }
                block = new Block(lineNumber);
            } else if (block == null) {
                throw error(sourceName, lineNumber, "\"" + key + "\" before the first \"year:\" line");
            }
            if (block.values.putIfAbsent(key, new Value(value, lineNumber)) != null) {
                throw error(sourceName, lineNumber, "\"" + key + "\" appears twice in one year");
            }
        }
        if (block != null) {
            years.add(block.toYear(sourceName, years));
        }
        if (years.isEmpty()) {
            throw error(sourceName, lines.size(), "no years");
        }
        return List.copyOf(years);
    }

    private record Value(String text, int lineNumber) {
    }

    /** The lines of one year, gathered until the next "year:" line. */
    private static final class Block {
        final int firstLine;
        final Map<String, Value> values = new LinkedHashMap<>();

        Block(int firstLine) {
            this.firstLine = firstLine;
        }

        PublishedYear toYear(String sourceName, List<PublishedYear> earlierYears) {
            for (String key : KEYS) {
                if (!values.containsKey(key)) {
                    throw error(sourceName, firstLine, "the year has no \"" + key + ":\" line");
                }
            }
            int year = number(sourceName, values.get(YEAR));
            if (!earlierYears.isEmpty() && earlierYears.get(earlierYears.size() - 1).year() >= year) {
                throw error(sourceName, firstLine, "years must be in ascending order, each once");
            }
            List<LocalDate> nonWorkingWeekdays = dates(sourceName, year, values.get(NON_WORKING_WEEKDAYS));
            List<LocalDate> workingSaturdays = dates(sourceName, year, values.get(WORKING_SATURDAYS));
            int workingDays = number(sourceName, values.get(WORKING_DAYS));
            try {
                return new PublishedYear(
                        year, values.get(DECREE).text(), nonWorkingWeekdays, workingSaturdays, workingDays);
            } catch (IllegalArgumentException e) {
                // The year's own checks: point at the block, since the fault may span its lines.
                throw error(sourceName, firstLine, e.getMessage());
            }
        }
    }

    private static int number(String sourceName, Value value) {
        try {
            return Integer.parseInt(value.text());
        } catch (NumberFormatException e) {
            throw error(sourceName, value.lineNumber(), "\"" + value.text() + "\" is not a number");
        }
    }

    /** Reads "DD.MM, DD-DD.MM, ..." (or "none") as dates of {@code year}. */
    private static List<LocalDate> dates(String sourceName, int year, Value value) {
        String text = value.text();
        List<LocalDate> dates = new ArrayList<>();
        if (text.equals(NO_DATES)) {
            return dates;
        }
        int start = 0;
        while (start <= text.length()) {
            int comma = text.indexOf(',', start);
            int end = comma < 0 ? text.length() : comma;
            String item = text.substring(start, end).strip();
            try {
                addDays(year, item, dates);
            } catch (DateTimeException | NumberFormatException e) {
                throw error(sourceName, value.lineNumber(),
                        "\"" + item + "\" is not a date DD.MM or a run DD-DD.MM of " + year);
            }
            start = end + 1;
        }
        return dates;
    }

    private static void addDays(int year, String item, List<LocalDate> dates) {
        int dot = item.indexOf('.');
        if (dot < 0) {
            throw new NumberFormatException(item);
        }
        int month = Integer.parseInt(item.substring(dot + 1));
        String days = item.substring(0, dot);
        int dash = indexOfDash(days);
        int first = Integer.parseInt(days.substring(0, dash < 0 ? days.length() : dash));
        int last = dash < 0 ? first : Integer.parseInt(days.substring(dash + 1));
        if (last < first) {
            throw new DateTimeException(item + " runs backwards");
        }
        for (int day = first; day <= last; day++) {
            dates.add(LocalDate.of(year, month, day));
        }
    }

    /** A hyphen, or the en dash the decrees' tables use, so a range can be copied from them. */
    private static int indexOfDash(String text) {
        int hyphen = text.indexOf('-');
        return hyphen >= 0 ? hyphen : text.indexOf('\u2013');
    }

    private static IllegalArgumentException error(String sourceName, int lineNumber, String message) {
        return new IllegalArgumentException(sourceName + ":" + lineNumber + ": " + message);
    }
}
