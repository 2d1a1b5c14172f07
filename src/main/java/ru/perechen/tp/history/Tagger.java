package ru.perechen.tp.history;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Who records an approval in Git: a name and an e-mail address, as Git writes them ({@code Name <mail>}). */
public record Tagger(String name, String email) {

    private static final Pattern NAME_MAIL = Pattern.compile("\\s*([^<>\\p{Cntrl}]*[^<>\\s\\p{Cntrl}])\\s*<([^<>\\s]+)>\\s*");

    /** Reads {@code Name <mail>}; empty when the text is not of that form. */
    public static Optional<Tagger> parse(String text) {
        Matcher matcher = NAME_MAIL.matcher(text);
        return matcher.matches() ? Optional.of(new Tagger(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    @Override
    public String toString() {
        return name + " <" + email + ">";
    }
}
