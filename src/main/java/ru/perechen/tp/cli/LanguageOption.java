package ru.perechen.tp.cli;

import java.util.Locale;

import picocli.CommandLine.Option;
import ru.perechen.tp.i18n.Language;

/** {@code --lang ru|en}: the language of messages, overriding the register's {@code locale}. */
public final class LanguageOption {

    @Option(names = "--lang", paramLabel = "ru|en", descriptionKey = "option.lang",
            converter = LanguageConverter.class)
    Locale lang;

    /** The language asked for, or the register's own when none was. */
    public Locale resolve(String registerLocale) {
        return lang != null ? lang : Language.of(registerLocale);
    }

    /** Accepts exactly {@code ru} and {@code en}, so a typo is a usage error rather than a silent default. */
    static final class LanguageConverter implements picocli.CommandLine.ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            if (!"ru".equals(value) && !"en".equals(value)) {
                throw new picocli.CommandLine.TypeConversionException("ru | en");
            }
            return Language.of(value);
        }
    }
}
