package ru.perechen.tp.spreadsheet;

import java.util.Collection;
import java.util.List;

import ru.perechen.tp.draft.NextId;

/**
 * The next free ids of one kind ({@code TP-}, {@code PR-}) for the many new records of one import,
 * as {@link NextId} gives them to {@code tp new}: one past the largest number in use (the
 * register's records, its file names, the sheet), padded as the register pads its ids. After the
 * first, each id follows the one before: its padding is the padding {@link NextId} chose, so
 * the whole set is not searched again for every record.
 */
final class IdAllocator {

    private final String prefix;
    private final Collection<String> inUse;
    private String last;

    IdAllocator(String prefix, Collection<String> inUse) {
        this.prefix = prefix;
        this.inUse = inUse;
    }

    String next() {
        last = NextId.after(prefix, last == null ? inUse : List.of(last));
        return last;
    }
}
