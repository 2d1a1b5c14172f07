package ru.perechen.tp.draft;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.perechen.tp.model.RegisterHeader;

/**
 * The first line of a record file, naming its JSON Schema for editors
 * ({@code # yaml-language-server: $schema=../../schema/point.schema.json}), with the path from the
 * file's own folder. Where the schemas are is learnt from the register: the line of register.yaml
 * when it has one, else a {@code schema/} folder holding {@code point.schema.json} in the register's
 * folder or above it. A register that shows neither gets no line rather than a wrong one. Used by
 * {@code tp new} and {@code tp import} alike.
 */
public final class SchemaLine {

    public static final String POINT_SCHEMA = "point.schema.json";
    public static final String PROCESS_SCHEMA = "process.schema.json";

    private static final Pattern LINE = Pattern.compile("#\\s*yaml-language-server:\\s*\\$schema=(\\S+)");
    private static final int LEVELS_UP = 3;

    private final Path root;
    private final Path schemas;

    private SchemaLine(Path root, Path schemas) {
        this.root = root;
        this.schemas = schemas;
    }

    public static SchemaLine of(Path registerRoot) {
        Path root = registerRoot.toAbsolutePath().normalize();
        return new SchemaLine(root, fromHeader(root).or(() -> nearby(root)).orElse(null));
    }

    private static Optional<Path> fromHeader(Path root) {
        try (InputStream in = Files.newInputStream(root.resolve(RegisterHeader.FILE))) {
            String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            Matcher line = LINE.matcher(head);
            if (line.find()) {
                Path schema = root.resolve(line.group(1)).normalize();
                // The register's own convention, even where the schemas are not checked out beside it.
                return Optional.ofNullable(schema.getParent());
            }
        } catch (IOException | RuntimeException e) {
            // no line to learn from; look for the folder instead
        }
        return Optional.empty();
    }

    private static Optional<Path> nearby(Path root) {
        Path dir = root;
        for (int i = 0; i <= LEVELS_UP && dir != null; i++, dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("schema").resolve(POINT_SCHEMA))) {
                return Optional.of(dir.resolve("schema"));
            }
        }
        return Optional.empty();
    }

    /** The line for a record file at {@code file} (relative to the register), or empty. */
    public Optional<String> forFile(String file, String schemaFile) {
        return pathFor(file, schemaFile).map(relative -> "# yaml-language-server: $schema=" + relative);
    }

    /** The schema's path from the folder of a record file at {@code file} (relative to the register), with {@code /}. */
    public Optional<String> pathFor(String file, String schemaFile) {
        if (schemas == null) {
            return Optional.empty();
        }
        Path folder = root.resolve(file).normalize().getParent();
        return Optional.of(folder.relativize(schemas.resolve(schemaFile)).toString().replace('\\', '/'));
    }
}
