package ru.perechen.tp.spreadsheet;

import java.util.List;

import ru.perechen.tp.model.Message;

/**
 * What an import would do, decided before anything is written: the record files with their content
 * and what becomes of each, the rows that could not be brought in and why, notes the person should
 * read, and what the sheet did not say that a person has to fill in.
 *
 * @param source    where the rows came from
 * @param files     the record files, processes first, each in id order
 * @param rejected  rows left out, with their numbers and the reason (consecutive rows with the same
 *                  reason as one range)
 * @param notes     what was read differently from how it was written, or not read at all
 * @param toFill    what the register still lacks after the import
 */
public record ImportPlan(Source source, List<PlannedFile> files, List<RowMessage> rejected, List<RowMessage> notes,
                         ToFill toFill) {

    public ImportPlan {
        files = List.copyOf(files);
        rejected = List.copyOf(rejected);
        notes = List.copyOf(notes);
    }

    /** Whether every row was brought in and every file can be written (exit code 0). */
    public boolean complete() {
        return rejected.isEmpty() && files.stream().noneMatch(file -> file.outcome() == Outcome.KEPT);
    }

    /** How many rows were left out (a row left out for several reasons counts once). */
    public int rejectedRows() {
        java.util.Set<String> rows = new java.util.HashSet<>();
        for (RowMessage message : rejected) {
            for (int row = message.firstRow(); row <= message.lastRow(); row++) {
                rows.add(message.sheet() + "\n" + row);
            }
        }
        return rows.size();
    }

    public long count(PlannedFile.Kind kind, Outcome outcome) {
        return files.stream().filter(file -> file.kind() == kind && file.outcome() == outcome).count();
    }

    /**
     * @param file            the spreadsheet as messages name it
     * @param sheet           the sheet of points ({@code null} for a CSV file)
     * @param headerRow       the row of its headers
     * @param dataRows        its non-empty rows below the headers
     * @param processSheets   the sheets read for processes
     * @param points          points the rows make up
     * @param linkedProcesses processes of the register the rows link
     */
    public record Source(String file, String sheet, int headerRow, int dataRows, List<String> processSheets,
                         int points, int linkedProcesses) {

        public Source {
            processSheets = List.copyOf(processSheets);
        }
    }

    /** What becomes of a record file. */
    public enum Outcome {
        /** A new file. */
        CREATE,
        /** An existing file replaced, with {@code --force}. */
        REPLACE,
        /** An existing file that already says exactly this. */
        UNCHANGED,
        /** An existing file left as it is: it is never overwritten without {@code --force}. */
        KEPT
    }

    /**
     * A record file to write.
     *
     * @param path    relative to the register's folder, with {@code /}
     * @param content the whole text of the file
     */
    public record PlannedFile(String path, Kind kind, String id, Outcome outcome, String content) {

        public enum Kind { POINT, PROCESS }
    }

    /**
     * A message about rows of a sheet ({@code firstRow} = 0: about the sheet as a whole).
     *
     * @param sheet the sheet's name; {@code null} for a CSV file
     */
    public record RowMessage(String sheet, int firstRow, int lastRow, Message message) {
    }

    /**
     * What the import leaves for a person to fill in, each of which {@code tp validate} reports at
     * its place: assessments against the requirements of 3.4/3.5, basis (4.8), units (4.5), needs
     * (4.9), and the process fields the sheet did not give.
     */
    public record ToFill(int pointsWithoutRequirements, int pointsWithoutBasis, int pointsWithoutUnit,
                         int pointsWithoutProcesses, int linksWithoutNeeds, int incompleteProcesses) {

        public boolean nothing() {
            return pointsWithoutRequirements + pointsWithoutBasis + pointsWithoutUnit + pointsWithoutProcesses
                    + linksWithoutNeeds + incompleteProcesses == 0;
        }
    }
}
