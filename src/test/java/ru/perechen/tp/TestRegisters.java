package ru.perechen.tp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import ru.perechen.tp.load.RegisterLoader;
import ru.perechen.tp.load.WorkingTreeSource;
import ru.perechen.tp.model.Register;

/** Small registers written into a temporary folder for tests, and the sample register copied there. */
public final class TestRegisters {

    public static final Path SAMPLE = Path.of("register").toAbsolutePath();

    /** A register.yaml with one ministry ({@code min}, unit {@code min-dept}) and one library ({@code lib}, {@code lib-dept}). */
    public static final String HEADER = """
            format: 1
            title: Тестовый Перечень
            locale: ru
            organizations:
              - id: min
                name: Министерство культуры
                role: ministry
              - id: lib
                name: Библиотека
                role: subordinate
            units:
              - id: min-dept
                name: Отдел обращений
                organization: min
              - id: lib-dept
                name: Отдел обслуживания
                organization: lib
            authorized-person:
              name: Иванова Мария Петровна
              position: консультант
              unit: min-dept
            """;

    private TestRegisters() {
    }

    /** Writes files given as pairs of path and content under {@code root}, with {@link #HEADER} unless one is given. */
    public static Path write(Path root, String... pathsAndContents) {
        try {
            Files.createDirectories(root);
            Files.writeString(root.resolve("register.yaml"), HEADER, StandardCharsets.UTF_8);
            for (int i = 0; i < pathsAndContents.length; i += 2) {
                Path file = root.resolve(pathsAndContents[i]);
                Files.createDirectories(file.getParent());
                Files.writeString(file, pathsAndContents[i + 1], StandardCharsets.UTF_8);
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the sample register in {@code target}, for tests that add files to it. */
    public static Path copySample(Path target) {
        try (Stream<Path> walk = Files.walk(SAMPLE)) {
            for (Path source : walk.toList()) {
                Path to = target.resolve(SAMPLE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(source, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Register load(Path root) {
        try {
            return new RegisterLoader().load(new WorkingTreeSource(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A process file of the test register. */
    public static String process(String id, String client, String category) {
        return "id: " + id + "\nname: Процесс " + id + "\nclient: " + client + "\ncategory: " + category
                + "\nscope: intra-agency\nunit: min-dept\nbasis:\n  - type: law\n    title: Закон\n";
    }
}
