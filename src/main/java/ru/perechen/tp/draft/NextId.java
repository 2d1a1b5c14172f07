package ru.perechen.tp.draft;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The id a new point or process gets: one more than the largest number in use, written with the
 * widest zero padding the register uses ({@code TP-058} → {@code TP-059}; {@code TP-40} →
 * {@code TP-41}). Ids in use include the names of files that could not be read, so a broken file's
 * id is never handed out again.
 */
public final class NextId {

    /** The padding of a register that has no such ids yet, as in the sample register: {@code TP-001}. */
    static final int DEFAULT_WIDTH = 3;
    private static final int MAX_DIGITS = 9;

    private NextId() {
    }

    /**
     * @param prefix {@code TP-} or {@code PR-}
     * @param taken  ids and file names (without {@code .yaml}) in use; others are ignored
     * @throws IllegalStateException when the next number would not fit the id pattern (nine digits)
     */
    public static String after(String prefix, Collection<String> taken) {
        Pattern pattern = Pattern.compile(Pattern.quote(prefix) + "([0-9]{1," + MAX_DIGITS + "})");
        long max = 0;
        int width = 0;
        boolean any = false;
        for (String id : taken) {
            Matcher matcher = pattern.matcher(id == null ? "" : id);
            if (!matcher.matches()) {
                continue;
            }
            any = true;
            String digits = matcher.group(1);
            max = Math.max(max, Long.parseLong(digits));
            if (digits.length() > 1 && digits.charAt(0) == '0') {
                width = Math.max(width, digits.length());
            }
        }
        if (!any) {
            width = DEFAULT_WIDTH;
        }
        String number = String.valueOf(max + 1);
        if (number.length() > MAX_DIGITS) {
            throw new IllegalStateException("no free id after " + prefix + max);
        }
        return prefix + "0".repeat(Math.max(0, width - number.length())) + number;
    }
}
