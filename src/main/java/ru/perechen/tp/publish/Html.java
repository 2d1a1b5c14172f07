package ru.perechen.tp.publish;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import ru.perechen.tp.i18n.MarkupText;
import ru.perechen.tp.model.Addresses;
import ru.perechen.tp.model.PointKind;

/**
 * Text from the register on a published page: escaped so that it is only ever text, and turned into
 * a link only when it is a web, e-mail or telephone address ({@code http}, {@code https},
 * {@code mailto}, {@code tel}); any other scheme ({@code javascript:}, {@code data:}, {@code file:})
 * stays plain text.
 */
final class Html {

    private Html() {
    }

    /**
     * Escapes text for an element's content or a quoted attribute value. Control characters and
     * noncharacters (which HTML forbids) and direction overrides (which could make text read as
     * something it is not) become U+FFFD, so a hostile name cannot disguise itself either.
     */
    static String escape(String text) {
        return MarkupText.escape(text);
    }

    /**
     * Writes text escaped as {@link #escape(String)} does ({@link MarkupText}), straight into the
     * output: the runs between characters to replace go out as they are (most texts are one run).
     * FastPathsTest holds the two to the same bytes.
     */
    static void escape(String text, Utf8Output out) throws IOException {
        if (text == null) {
            return;
        }
        int length = text.length();
        char[] chars = out.chars(text);
        int run = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            String replacement;
            if (c < 0x80) {
                replacement = ASCII_REPLACEMENTS[c];
            } else if (c >= 0xA0 && c < 0x202A) {
                continue;  // Latin, Cyrillic and the rest of the common text: as it is
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
                i++;  // a pair: one character, as it is
                continue;
            } else {
                replacement = replaced(c) ? "\uFFFD" : null;
            }
            if (replacement != null) {
                out.encode(chars, run, i);
                out.write(replacement);
                run = i + 1;
            }
        }
        out.encode(chars, run, length);
    }

    /** What MarkupText writes for each ASCII character; {@code null} for the character itself. */
    private static final String[] ASCII_REPLACEMENTS = new String[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            String escaped = MarkupText.escape(String.valueOf(c));
            ASCII_REPLACEMENTS[c] = escaped.equals(String.valueOf(c)) ? null : escaped;
        }
    }

    /** Whether MarkupText replaces a character outside ASCII (and outside a surrogate pair) by U+FFFD. */
    private static boolean replaced(char c) {
        return (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0xFFFE || c == 0xFFFF || (c >= 0xFDD0 && c <= 0xFDEF) || Character.isSurrogate(c);
    }


    /** The link target for an address of a point of this kind, if it is one a page may link to. */
    static Optional<String> href(PointKind kind, String address) {
        if (address == null) {
            return Optional.empty();
        }
        String text = address.strip();
        if (kind != null && kind.addressForm() == PointKind.AddressForm.EMAIL && Addresses.isEmail(text)) {
            return Optional.of("mailto:" + text);
        }
        if (kind != null && kind.addressForm() == PointKind.AddressForm.PHONE && Addresses.isPhone(text)) {
            return Optional.of("tel:" + NOT_DIALLED.matcher(text).replaceAll(""));
        }
        return href(text);
    }

    /** The text itself as a link target, when it is an absolute http, https, mailto or tel URI. */
    static Optional<String> href(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String candidate = text.strip();
        if (!startsWithLinkScheme(candidate)) {
            return Optional.empty();  // what java.net.URI would say, without parsing (and throwing) for every address
        }
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            // An internationalised host (кириллица.рф) has no getHost() in java.net.URI, only an authority.
            boolean web = (scheme.equals("http") || scheme.equals("https"))
                    && uri.getRawAuthority() != null && !uri.getRawAuthority().isBlank();
            boolean other = (scheme.equals("mailto") || scheme.equals("tel")) && uri.getSchemeSpecificPart() != null
                    && !uri.getSchemeSpecificPart().isBlank();
            return web || other ? Optional.of(candidate) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Characters a telephone link leaves out of a number. */
    private static final Pattern NOT_DIALLED = Pattern.compile("[^0-9+]");
    private static final List<String> LINK_SCHEMES = List.of("http:", "https:", "mailto:", "tel:");

    /**
     * Whether the text may begin with one of the schemes a page links: a URI's scheme is what
     * precedes its first {@code :}, in ASCII letters, so any other text has none of them.
     */
    private static boolean startsWithLinkScheme(String text) {
        for (String scheme : LINK_SCHEMES) {
            if (text.regionMatches(true, 0, scheme, 0, scheme.length())) {
                return true;
            }
        }
        return false;
    }

    /** The text, as a link when {@code href} is present; both escaped. */
    static String link(Optional<String> href, String text) {
        if (href.isEmpty()) {
            return escape(text);
        }
        return "<a href=\"" + escape(href.get()) + "\" rel=\"noopener noreferrer\">" + escape(text) + "</a>";
    }

    /** Writes the text, as a link when {@code href} is present; both escaped. */
    static void link(Optional<String> href, String text, Utf8Output out) throws IOException {
        if (href.isEmpty()) {
            escape(text, out);
            return;
        }
        out.write("<a href=\"");
        escape(href.get(), out);
        out.write("\" rel=\"noopener noreferrer\">");
        escape(text, out);
        out.write("</a>");
    }

    /** An id attribute value made of the record's id: letters, digits, {@code -} and {@code _} only. */
    static String anchor(String prefix, String id) {
        StringBuilder out = new StringBuilder(prefix);
        for (char c : (id == null ? "" : id).toCharArray()) {
            out.append(anchorChar(c));
        }
        return out.toString();
    }

    /** Writes what {@link #anchor(String, String)} gives. */
    static void anchor(String prefix, String id, Utf8Output out) throws IOException {
        out.write(prefix);
        if (id == null) {
            return;
        }
        int length = id.length();
        char[] chars = out.chars(id);
        for (int i = 0; i < length; i++) {
            chars[i] = anchorChar(chars[i]);
        }
        out.encode(chars, 0, length);
    }

    private static char anchorChar(char c) {
        return Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_' ? c : '_';
    }
}
