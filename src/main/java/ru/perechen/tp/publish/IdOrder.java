package ru.perechen.tp.publish;

import java.util.Comparator;

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
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        int digitsA = trailingDigits(a);
        int digitsB = trailingDigits(b);
        String prefixA = a.substring(0, digitsA);
        String prefixB = b.substring(0, digitsB);
        int byPrefix = prefixA.compareTo(prefixB);
        if (byPrefix != 0 || digitsA == a.length() || digitsB == b.length()) {
            return byPrefix != 0 ? byPrefix : a.compareTo(b);
        }
        String numberA = stripZeros(a.substring(digitsA));
        String numberB = stripZeros(b.substring(digitsB));
        int byLength = Integer.compare(numberA.length(), numberB.length());
        if (byLength != 0) {
            return byLength;
        }
        int byNumber = numberA.compareTo(numberB);
        return byNumber != 0 ? byNumber : a.compareTo(b);
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
