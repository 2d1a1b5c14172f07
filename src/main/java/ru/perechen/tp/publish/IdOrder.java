package ru.perechen.tp.publish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The order in which published files list records: by id, with the number after the prefix read
 * as a number, so that {@code TP-2} comes before {@code TP-10} as a reader expects. Ties (which
 * the {@code id} rule reports) keep the order the caller gave.
 */
final class IdOrder {

    static final Comparator<String> IDS = IdOrder::compare;

    private IdOrder() {
    }

    static int compare(String a, String b) {
        return Key.of(a).compareTo(Key.of(b));
    }

    /**
     * The records sorted by their ids (ties in the given order). Each id is taken apart once, not
     * at every comparison: a register of 100,000 points is sorted in a few hundred milliseconds less.
     */
    static <T> List<T> sorted(Collection<T> records, Function<T, String> id) {
        @SuppressWarnings("unchecked")
        Keyed<T>[] keyed = new Keyed[records.size()];
        int i = 0;
        for (T record : records) {
            keyed[i++] = new Keyed<>(Key.of(id.apply(record)), record);
        }
        Arrays.sort(keyed, (x, y) -> x.key.compareTo(y.key));  // stable: ties keep their order
        List<T> sorted = new ArrayList<>(keyed.length);
        for (Keyed<T> entry : keyed) {
            sorted.add(entry.record);
        }
        return sorted;
    }

    private record Keyed<T>(Key key, T record) {
    }

    /** An id taken apart: the text before its trailing digits, and those digits without leading zeros. */
    private record Key(String id, String prefix, String number) implements Comparable<Key> {

        static Key of(String id) {
            if (id == null) {
                return new Key(null, null, null);
            }
            int digits = trailingDigits(id);
            return new Key(id, id.substring(0, digits), digits == id.length() ? null : stripZeros(id.substring(digits)));
        }

        @Override
        public int compareTo(Key other) {
            if (id == null || other.id == null) {
                return id == null ? (other.id == null ? 0 : 1) : -1;
            }
            int byPrefix = prefix.compareTo(other.prefix);
            if (byPrefix != 0 || number == null || other.number == null) {
                return byPrefix != 0 ? byPrefix : id.compareTo(other.id);
            }
            int byLength = Integer.compare(number.length(), other.number.length());
            if (byLength != 0) {
                return byLength;
            }
            int byNumber = number.compareTo(other.number);
            return byNumber != 0 ? byNumber : id.compareTo(other.id);
        }
    }

    /** Where the id's trailing digits begin ({@code length} when there are none). */
    private static int trailingDigits(String id) {
        int i = id.length();
        while (i > 0 && Character.isDigit(id.charAt(i - 1)) && id.charAt(i - 1) < 128) {
            i--;
        }
        return i;
    }

    private static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}
