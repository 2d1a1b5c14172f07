package ru.perechen.tp.spreadsheet;

import java.math.BigInteger;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The next free ids of one kind ({@code TP-}, {@code PR-}): one past the largest number in use in
 * the register's records, its file names and the sheet, written as the register writes its ids:
 * zero-padded to the same width when they are ({@code TP-059} after {@code TP-058}), unpadded when
 * they are not, and padded to three digits, as in the sample register, when there are none yet.
 */
final class IdAllocator {

    private static final int DEFAULT_WIDTH = 3;

    private final String prefix;
    private final int width;
    private BigInteger last;

    IdAllocator(String prefix, Collection<String> idsInUse) {
        this.prefix = prefix;
        Pattern pattern = Pattern.compile(Pattern.quote(prefix) + "([0-9]+)");
        BigInteger largest = BigInteger.ZERO;
        int padded = 0;
        boolean any = false;
        for (String id : idsInUse) {
            Matcher matcher = id == null ? null : pattern.matcher(id);
            if (matcher == null || !matcher.matches()) {
                continue;
            }
            any = true;
            String digits = matcher.group(1);
            largest = largest.max(new BigInteger(digits));
            if (digits.length() > 1 && digits.charAt(0) == '0') {
                padded = Math.max(padded, digits.length());
            }
        }
        this.width = any ? padded : DEFAULT_WIDTH;
        this.last = largest;
    }

    String next() {
        last = last.add(BigInteger.ONE);
        String digits = last.toString();
        return prefix + "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
