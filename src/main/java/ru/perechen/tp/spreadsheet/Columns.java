package ru.perechen.tp.spreadsheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of a sheet holds which {@link Field}: the row of headers (the one, among the first
 * rows, that names most fields, so that a title above the table does not matter) and each header
 * matched by a mapping file or by the headers tp knows. The first column of a field counts; the
 * others, and columns nobody knows, are listed so that the person sees what was left out.
 */
final class Columns {

    /** How far down a sheet the row of headers is looked for. */
    static final int HEADER_SEARCH_ROWS = 30;

    private static final Map<String, Field> KNOWN = known();

    private final int headerRow;
    private final Map<Field, Integer> byField;
    private final Map<Integer, String> headers;
    private final List<Integer> unknown;
    private final Map<Integer, Integer> repeated;

    private Columns(int headerRow, Map<Field, Integer> byField, Map<Integer, String> headers, List<Integer> unknown,
                    Map<Integer, Integer> repeated) {
        this.headerRow = headerRow;
        this.byField = byField;
        this.headers = headers;
        this.unknown = unknown;
        this.repeated = repeated;
    }

    /**
     * The columns of a sheet read as a table of points, or of processes; empty when no row among the
     * first names at least two fields (or the row the mapping names is not in the sheet).
     */
    static Optional<Columns> find(Sheet sheet, ColumnMapping mapping, boolean processTable, Integer headerRow) {
        if (headerRow != null) {
            return sheet.rows().stream().filter(row -> row.number() == headerRow).findFirst()
                    .map(row -> match(row, mapping, processTable));
        }
        Columns best = null;
        int bestScore = 1;
        int looked = 0;
        for (Sheet.Row row : sheet.rows()) {
            if (row.blank()) {
                continue;
            }
            if (++looked > HEADER_SEARCH_ROWS) {
                break;
            }
            Columns candidate = match(row, mapping, processTable);
            int score = (int) candidate.byField.keySet().stream().filter(field -> field != Field.IGNORE).count();
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Columns match(Sheet.Row row, ColumnMapping mapping, boolean processTable) {
        Map<Field, Integer> byField = new EnumMap<>(Field.class);
        Map<Integer, String> headers = new HashMap<>();
        List<Integer> unknown = new ArrayList<>();
        Map<Integer, Integer> repeated = new HashMap<>();
        for (Map.Entry<Integer, String> cell : row.cells().entrySet()) {
            String header = LooseText.strip(cell.getValue());
            String key = LooseText.key(header);
            if (key.isEmpty()) {
                continue;
            }
            headers.put(cell.getKey(), header);
            Field field = mapping.columns().get(key);
            if (field == null) {
                field = KNOWN.get(key);
                if (field != null && processTable) {
                    field = field.inProcessTable();
                }
            }
            if (field == null) {
                unknown.add(cell.getKey());
            } else if (field != Field.IGNORE && byField.containsKey(field)) {
                repeated.put(cell.getKey(), byField.get(field));
            } else {
                byField.putIfAbsent(field, cell.getKey());
            }
        }
        return new Columns(row.number(), byField, headers, Collections.unmodifiableList(unknown),
                Collections.unmodifiableMap(repeated));
    }

    int headerRow() {
        return headerRow;
    }

    boolean has(Field field) {
        return byField.containsKey(field);
    }

    /** The cell of a field in a row as a value ({@link LooseText#value}); {@code null} when empty or absent. */
    String value(Sheet.Row row, Field field) {
        Integer column = byField.get(field);
        return column == null ? null : LooseText.value(row.cell(column));
    }

    /** How a message names the column of a field: its header as written, or as tp publish writes it when absent. */
    String header(Field field) {
        Integer column = byField.get(field);
        return column == null ? field.headers().get(0) : headers.get(column);
    }

    /** The columns no header of tp or of the mapping file names, left out. */
    List<Integer> unknown() {
        return unknown;
    }

    /** Columns that name a field an earlier column already gave, by the earlier column. */
    Map<Integer, Integer> repeated() {
        return repeated;
    }

    String headerOf(int column) {
        return headers.getOrDefault(column, "");
    }

    /** Every header tp knows, by {@link LooseText} key; tests check that none leads to two fields. */
    static Map<String, Field> known() {
        Map<String, Field> known = new HashMap<>();
        for (Field field : Field.values()) {
            for (String header : field.headers()) {
                known.put(LooseText.key(header), field);
            }
        }
        return Map.copyOf(known);
    }
}
