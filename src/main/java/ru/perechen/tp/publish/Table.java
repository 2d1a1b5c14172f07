package ru.perechen.tp.publish;

import java.util.List;

/**
 * One table of a snapshot, as the CSV file and a sheet of the workbook show it: its columns and
 * its rows of text. Rows are produced as they are read, so that a large register is never held
 * twice in memory.
 *
 * @param name the sheet's name
 */
record Table(String name, List<Column> columns, Iterable<List<String>> rows) {

    /**
     * @param header the column's header
     * @param width  a sensible width in characters, for the workbook
     */
    record Column(String header, int width) {
    }
}
