package ru.perechen.tp.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/** Registers for tests: the repository's sample copied into a temporary folder, edited as a test needs. */
public final class Registers {

    /** Names and notes a hostile contributor might write, each a different attack on a reader's tools. */
    public static final String SCRIPT_NAME = "<script>alert(1)</script>\u0007";
    public static final String CLOSING_SCRIPT = "</script><script>alert(2)</script><!--";
    public static final String FORMULA_NOTE = "=HYPERLINK(\"http://evil.example\",\"x\")";
    public static final String PLUS_NAME = "+7 <b>bold</b>";
    public static final String AT_NOTE = "@SUM(1+1)";
    public static final String MINUS_NAME = "-1+2";
    public static final String TAB_NAME = "\tTAB";
    public static final String CR_NAME = "\rCR";
    public static final String JAVASCRIPT_URL = "javascript:alert(3)";
    public static final String ESCAPE_LOOKALIKE = "_x0041_ & \u202Eevil";

    private Registers() {
    }

    /** Copies the sample register into {@code folder}/register and returns that folder. */
    public static Path copySample(Path folder) {
        Path source = Path.of("register").toAbsolutePath();
        Path target = folder.resolve("register");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** The sample register with hostile text in TP-001…TP-005 and PR-001, written as YAML double-quoted strings. */
    public static Path hostile(Path folder) {
        Path register = copySample(folder);
        set(register.resolve("points/minkult/TP-001.yaml"), "name", SCRIPT_NAME);
        set(register.resolve("points/minkult/TP-001.yaml"), "address", JAVASCRIPT_URL);
        set(register.resolve("points/minkult/TP-001.yaml"), "note", FORMULA_NOTE);
        set(register.resolve("points/minkult/TP-002.yaml"), "name", PLUS_NAME);
        set(register.resolve("points/minkult/TP-002.yaml"), "note", AT_NOTE);
        set(register.resolve("points/minkult/TP-003.yaml"), "name", MINUS_NAME);
        set(register.resolve("points/minkult/TP-003.yaml"), "note", ESCAPE_LOOKALIKE);
        set(register.resolve("points/minkult/TP-004.yaml"), "name", TAB_NAME);
        set(register.resolve("points/minkult/TP-005.yaml"), "name", CR_NAME);
        set(register.resolve("processes/PR-001.yaml"), "name", CLOSING_SCRIPT);
        return register;
    }

    /** Replaces (or adds) a top-level {@code key: value} line of a YAML file. */
    public static void set(Path file, String key, String value) {
        try {
            String yaml = Files.readString(file, StandardCharsets.UTF_8);
            String line = key + ": " + yamlString(value);
            String edited = yaml.matches("(?s).*(?m:^" + key + ":.*$).*")
                    ? yaml.replaceFirst("(?m)^" + key + ":.*$", Matcher.quoteReplacement(line))
                    : yaml + (yaml.endsWith("\n") ? "" : "\n") + line + "\n";
            Files.writeString(file, edited, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String yamlString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || (c >= 0x202A && c <= 0x202E)) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
