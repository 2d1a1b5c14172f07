package ru.perechen.tp.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A rule's example: a small register made of the shared base register ({@code rules/_base}) with
 * the example's files laid over it (and the files listed in {@code delete.txt} removed). A failing
 * example says in {@code expected.txt} which findings it must produce, one per line:
 * {@code <file>:<line> <message-id>}.
 */
public record RuleExample(String rule, String name, Path folder) {

    public static final Path ROOT = Path.of("src/test/resources/rules");
    public static final Path BASE = ROOT.resolve("_base");

    public static RuleExample of(String rule, String name) {
        return new RuleExample(rule, name, ROOT.resolve(rule).resolve(name));
    }

    public boolean exists() {
        return Files.isDirectory(folder);
    }

    /** Builds the example register in {@code target} and returns its folder. */
    public Path materialize(Path target) throws IOException {
        copyTree(BASE, target);
        for (String deleted : lines("delete.txt")) {
            Files.deleteIfExists(target.resolve(deleted));
        }
        copyTree(folder, target);
        Files.deleteIfExists(target.resolve("expected.txt"));
        Files.deleteIfExists(target.resolve("delete.txt"));
        return target;
    }

    /** The files the example lays over the base, relative to the register (for docs). */
    public List<String> files() throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("expected.txt") && !p.equals("delete.txt"))
                    .sorted()
                    .toList();
        }
    }

    public List<String> expected() throws IOException {
        return lines("expected.txt");
    }

    private List<String> lines(String name) throws IOException {
        Path file = folder.resolve(name);
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(source -> {
                try {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Override
    public String toString() {
        return rule + "/" + name;
    }
}
