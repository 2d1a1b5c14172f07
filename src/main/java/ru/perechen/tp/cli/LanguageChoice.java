package ru.perechen.tp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.perechen.tp.i18n.Language;
import ru.perechen.tp.load.RegisterLocator;
import ru.perechen.tp.model.RegisterHeader;

/**
 * The language of help and messages, decided before the command line is parsed (picocli needs
 * its help texts up front): {@code --lang} if given, else the {@code locale} of the register at
 * hand, else Russian. The register is only peeked at, not loaded.
 */
final class LanguageChoice {

    private static final Pattern LOCALE_LINE = Pattern.compile("(?m)^locale:\\s*[\"']?(ru|en)\\b");
    private static final int PEEK_BYTES = 16 * 1024;

    private LanguageChoice() {
    }

    static Locale forArgs(String[] args, Path workingDirectory) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return Language.of(args[i + 1]);
            }
            if (args[i].startsWith("--lang=")) {
                return Language.of(args[i].substring("--lang=".length()));
            }
        }
        return registerLocale(workingDirectory).map(Language::of).orElse(Language.RUSSIAN);
    }

    private static Optional<String> registerLocale(Path workingDirectory) {
        Optional<Path> root = RegisterLocator.locate(null, workingDirectory);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(root.get().resolve(RegisterHeader.FILE))) {
            String head = new String(in.readNBytes(PEEK_BYTES), StandardCharsets.UTF_8);
            Matcher matcher = LOCALE_LINE.matcher(head);
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
