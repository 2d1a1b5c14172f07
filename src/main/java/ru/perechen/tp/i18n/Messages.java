package ru.perechen.tp.i18n;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

import ru.perechen.tp.model.Code;
import ru.perechen.tp.model.Message;

/**
 * Texts of one resource bundle in one language. The base bundle is Russian (the default language
 * of tp); {@code _en} holds English. Lookup never falls back to the JVM's default locale, so a CI
 * runner with {@code LANG=en_US} still prints Russian unless English is asked for.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}, …, replaced literally (no {@code MessageFormat}
 * quoting rules, so an apostrophe in a message is just an apostrophe). A {@link Code} argument is
 * written as its label with its code, so the reader sees both what it means and what to type.
 */
public final class Messages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The bundle {@code baseName} (for example {@code ru.perechen.tp.rules.rules}) in a language. */
    public static Messages of(String baseName, Locale locale) {
        Locale language = Language.of(locale);
        return new Messages(ResourceBundle.getBundle(baseName, language, Messages.class.getClassLoader(), NO_FALLBACK),
                language);
    }

    public Locale locale() {
        return locale;
    }

    public Optional<String> find(String key) {
        try {
            return Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text of a key with its arguments; a missing key shows itself rather than failing. */
    public String text(String key, Object... args) {
        return format(find(key).orElse(key), List.of(args));
    }

    public String text(Message message) {
        return format(find(message.key()).orElse(message.key()), message.args());
    }

    /** The text of a message whose key is relative to a prefix ({@code <rule>.<id>}), or of a shared key. */
    public Optional<String> text(String prefix, Message message) {
        return find(prefix + "." + message.key()).or(() -> find("common." + message.key()))
                .map(pattern -> format(pattern, message.args()));
    }

    private String format(String pattern, List<Object> args) {
        if (args.isEmpty() || pattern.indexOf('{') < 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && close - i <= 3 && isDigits(pattern, i + 1, close)) {
                int index = Integer.parseInt(pattern.substring(i + 1, close));
                out.append(index < args.size() ? render(args.get(index)) : pattern.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private String render(Object arg) {
        if (arg instanceof Code code) {
            return "«" + code.label(locale) + "» (" + code.code() + ")";
        }
        return String.valueOf(arg);
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
