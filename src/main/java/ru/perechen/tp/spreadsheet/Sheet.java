package ru.perechen.tp.spreadsheet;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One sheet of a spreadsheet as text: its rows with the numbers a person sees in Excel (1-based,
 * counting empty rows), each holding only its non-empty cells, so that a sheet with a stray cell in
 * column XFD costs no more than its content.
 *
 * @param name the sheet's name; for a CSV file, the file's name
 */
record Sheet(String name, List<Row> rows) {

    Sheet {
        rows = List.copyOf(rows);
    }

    /** A row: its number and its cells by 0-based column index. */
    record Row(int number, Map<Integer, String> cells) {

        Row {
            cells = Collections.unmodifiableMap(new TreeMap<>(cells));
        }

        String cell(int column) {
            return cells.getOrDefault(column, "");
        }

        boolean blank() {
            return cells.values().stream().allMatch(text -> LooseText.strip(text).isEmpty());
        }
    }

    /** {@code A}, {@code B}, …, {@code Z}, {@code AA}, … for a 0-based column index, as Excel names columns. */
    static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int rest = (n - 1) % 26;
            name.insert(0, (char) ('A' + rest));
            n = (n - 1) / 26;
        }
        return name.toString();
    }
}
