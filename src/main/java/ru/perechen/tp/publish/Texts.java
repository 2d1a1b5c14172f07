package ru.perechen.tp.publish;

import java.util.Locale;

import ru.perechen.tp.i18n.Messages;
import ru.perechen.tp.model.Code;

/** The texts of published files in the register's language: headers, labels, the page's words. */
final class Texts {

    static final String BUNDLE = "ru.perechen.tp.publish.publish";

    private final Messages messages;
    private final Locale locale;

    private Texts(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    static Texts of(Locale locale) {
        Messages messages = Messages.of(BUNDLE, locale);
        return new Texts(messages, messages.locale());
    }

    Locale locale() {
        return locale;
    }

    /** {@code ru} or {@code en}, for the page's {@code lang} attribute. */
    String language() {
        return locale.getLanguage();
    }

    String get(String key, Object... args) {
        return messages.text(key, args);
    }

    /** The label of a code in the register's language; empty for a value that could not be read. */
    String label(Code code) {
        return code == null ? "" : code.label(locale);
    }

    String yesNo(boolean value) {
        return get(value ? "value.yes" : "value.no");
    }
}
