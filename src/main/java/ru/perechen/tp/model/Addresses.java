package ru.perechen.tp.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an address of a point looks like (3.2, 3.3) and when two addresses name the same
 * touchpoint (4.11). Patterns are compiled once: this runs for every point of large registers.
 */
public final class Addresses {

    private static final Pattern HTTPS_URL = Pattern.compile("(?i)https://([^\\s/?#@]+)([^\\s?#]*)(\\?[^\\s#]*)?(#\\S*)?");
    private static final Pattern WEB_URL = Pattern.compile("(?i)(https?)://\\S+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]+");
    private static final int MIN_PHONE_DIGITS = 5;

    private Addresses() {
    }

    public static boolean isHttpsUrl(String text) {
        return text != null && HTTPS_URL.matcher(text).matches();
    }

    /** Whether the text starts like a web address, so that it must be a proper https one. */
    public static boolean looksLikeUrl(String text) {
        return text != null && WEB_URL.matcher(text).lookingAt();
    }

    public static boolean isEmail(String text) {
        return text != null && EMAIL.matcher(text).matches();
    }

    /** Digits with an optional leading {@code +}, spaces, brackets and hyphens; at least five digits. */
    public static boolean isPhone(String text) {
        return text != null && PHONE.matcher(text).matches()
                && digitsOf(text).length() >= MIN_PHONE_DIGITS;
    }

    /** Whether an address has the form its kind asks for (3.2, 3.3); blank text fits no kind. */
    public static boolean fits(PointKind kind, String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        return switch (kind.addressForm()) {
            case URL -> isHttpsUrl(address);
            case URL_OR_SYSTEM -> !looksLikeUrl(address) || isHttpsUrl(address);
            case EMAIL -> isEmail(address);
            case PHONE -> isPhone(address);
            case TEXT -> true;
        };
    }

    /**
     * The form in which two addresses of the same kind are compared: URLs by scheme, lower-cased
     * host, path without a trailing {@code /} and query; e-mail lower-cased; phone numbers by their
     * digits (a leading 8 of an 11-digit Russian number read as 7); other text in NFC, case-folded,
     * white space collapsed.
     */
    public static String normalize(PointKind kind, String address) {
        String text = address.strip();
        if (kind.addressForm() == PointKind.AddressForm.EMAIL) {
            return text.toLowerCase(Locale.ROOT);
        }
        if (kind.addressForm() == PointKind.AddressForm.PHONE) {
            String digits = digitsOf(text);
            return digits.length() == 11 && digits.charAt(0) == '8' ? "7" + digits.substring(1) : digits;
        }
        if (!text.regionMatches(true, 0, "https://", 0, "https://".length())) {
            return collapseWhiteSpace(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
        }
        Matcher url = HTTPS_URL.matcher(text);
        if (url.matches()) {
            String path = url.group(2);
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = url.group(3) == null || url.group(3).equals("?") ? "" : url.group(3);
            return "https://" + url.group(1).toLowerCase(Locale.ROOT) + path + query;
        }
        return collapseWhiteSpace(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
    }

    /** Runs of white space as one space: by hand, as this runs for every point of large registers. */
    private static String collapseWhiteSpace(String text) {
        StringBuilder out = null;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean white = Character.isWhitespace(c);
            if (white && (space || c != ' ') && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null && (!white || !space)) {
                out.append(white ? ' ' : c);
            }
            space = white;
        }
        return out == null ? text : out.toString();
    }

    private static String digitsOf(String text) {
        StringBuilder digits = new StringBuilder(16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }
}
