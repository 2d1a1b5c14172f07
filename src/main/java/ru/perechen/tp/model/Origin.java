package ru.perechen.tp.model;

import java.util.Arrays;

/**
 * Where a record and each of its fields were written. Kept compact (parallel arrays, no boxed
 * values) because a consolidated register holds hundreds of thousands of records, each with a
 * few dozen located fields.
 */
public final class Origin {

    private final String file;
    private final int line;
    private final int column;
    private final String[] keys;
    private final int[] lines;
    private final int[] columns;

    private Origin(String file, int line, int column, String[] keys, int[] lines, int[] columns) {
        this.file = file;
        this.line = line;
        this.column = column;
        this.keys = keys;
        this.lines = lines;
        this.columns = columns;
    }

    /** An origin with no located fields: a record made in code, or a whole file. */
    public static Origin of(Location location) {
        return new Origin(location.file(), location.line(), location.column(), new String[0], new int[0], new int[0]);
    }

    public static Builder builder(String file, int line, int column) {
        return new Builder(file, line, column);
    }

    public String file() {
        return file;
    }

    /** Where the record starts. */
    public Location location() {
        return new Location(file, line, column);
    }

    /** Where a field's value was written, or the record's start when the field is absent. */
    public Location at(String key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return new Location(file, lines[i], columns[i]);
            }
        }
        return location();
    }

    /** Whether the field was written at all (even with a value that could not be read). */
    public boolean has(String key) {
        for (String k : keys) {
            if (k.equals(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The key lists of origins, shared: records written alike (nearly all of a register) have the
     * same keys in the same order, so one array serves them all. Bounded, so that odd files cannot
     * grow it without limit.
     */
    private static final class SharedKeys {
        private static final int MAX_SHARED = 4096;
        private static final int MAX_LENGTH = 128;
        private static final java.util.Map<java.util.List<String>, String[]> SHARED =
                new java.util.concurrent.ConcurrentHashMap<>();

        static String[] of(String[] keys, int size) {
            String[] exact = Arrays.copyOf(keys, size);
            if (size > MAX_LENGTH || SHARED.size() >= MAX_SHARED) {
                return exact;
            }
            return SHARED.computeIfAbsent(java.util.List.of(exact), list -> exact);
        }
    }

    /** Collects field positions while a record is read. */
    public static final class Builder {
        private final String file;
        private final int line;
        private final int column;
        private String[] keys = new String[8];
        private int[] lines = new int[8];
        private int[] columns = new int[8];
        private int size;

        private Builder(String file, int line, int column) {
            this.file = file;
            this.line = line;
            this.column = column;
        }

        public Builder put(String key, int keyLine, int keyColumn) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                lines = Arrays.copyOf(lines, size * 2);
                columns = Arrays.copyOf(columns, size * 2);
            }
            keys[size] = key;
            lines[size] = keyLine;
            columns[size] = keyColumn;
            size++;
            return this;
        }

        public Origin build() {
            return new Origin(file, line, column, SharedKeys.of(keys, size), Arrays.copyOf(lines, size),
                    Arrays.copyOf(columns, size));
        }
    }
}
