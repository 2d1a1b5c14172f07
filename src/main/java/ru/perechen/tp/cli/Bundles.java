package ru.perechen.tp.cli;

import java.util.Locale;
import java.util.ResourceBundle;

import ru.perechen.tp.i18n.Messages;

/** The CLI's own texts: help (read by picocli) and messages, Russian by default, English on request. */
final class Bundles {

    static final String CLI = "ru.perechen.tp.cli.cli";

    private Bundles() {
    }

    static Messages cli(Locale locale) {
        return Messages.of(CLI, locale);
    }

    static ResourceBundle help(Locale locale) {
        return ResourceBundle.getBundle(CLI, ru.perechen.tp.i18n.Language.of(locale), Bundles.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
