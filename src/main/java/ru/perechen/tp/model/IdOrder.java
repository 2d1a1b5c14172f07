package ru.perechen.tp.model;

import java.util.Comparator;

/**
 * Ids in the order a reader expects: {@code TP-2} before {@code TP-10}, whatever the zero padding;
 * ties (same number, other padding) by the text itself, and a missing id last.
 */
public final class IdOrder {

    public static final Comparator<String> IDS = Comparator.nullsLast(IdOrder::compare);

    private IdOrder() {
    }

    private static int compare(String a, String b) {
        int digitsA = firstDigit(a);
        int digitsB = firstDigit(b);
        int byPrefix = a.substring(0, digitsA).compareTo(b.substring(0, digitsB));
        if (byPrefix != 0) {
            return byPrefix;
        }
        String numberA = stripZeros(a.substring(digitsA));
        String numberB = stripZeros(b.substring(digitsB));
        boolean numericA = !numberA.isEmpty() && numberA.chars().allMatch(Character::isDigit);
        boolean numericB = !numberB.isEmpty() && numberB.chars().allMatch(Character::isDigit);
        if (numericA && numericB) {
            int byLength = Integer.compare(numberA.length(), numberB.length());
            if (byLength != 0) {
                return byLength;
            }
            int byValue = numberA.compareTo(numberB);
            if (byValue != 0) {
                return byValue;
            }
        }
        return a.compareTo(b);
    }

    private static int firstDigit(String id) {
        for (int i = 0; i < id.length(); i++) {
            if (Character.isDigit(id.charAt(i))) {
                return i;
            }
        }
        return id.length();
    }

    private static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}
