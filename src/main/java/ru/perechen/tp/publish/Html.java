package ru.perechen.tp.publish;

import ru.perechen.tp.i18n.MarkupText;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

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
            return Optional.of("tel:" + text.replaceAll("[^0-9+]", ""));
        }
        return href(text);
    }

    /** The text itself as a link target, when it is an absolute http, https, mailto or tel URI. */
    static Optional<String> href(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String candidate = text.strip();
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

    /** The text, as a link when {@code href} is present; both escaped. */
    static String link(Optional<String> href, String text) {
        if (href.isEmpty()) {
            return escape(text);
        }
        return "<a href=\"" + escape(href.get()) + "\" rel=\"noopener noreferrer\">" + escape(text) + "</a>";
    }

    /** An id attribute value made of the record's id: letters, digits, {@code -} and {@code _} only. */
    static String anchor(String prefix, String id) {
        StringBuilder out = new StringBuilder(prefix);
        for (char c : (id == null ? "" : id).toCharArray()) {
            out.append(Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_' ? c : '_');
        }
        return out.toString();
    }
}
