package ru.perechen.tp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The sample register of the repository (58 points, 33 processes; 0 errors, 5 warnings), copied for a test to change. */
public final class SampleRegister {

    private SampleRegister() {
    }

    /** Copies it to {@code folder/register} and returns that folder. */
    public static Path copyTo(Path folder) {
        Path source = Path.of("register").toAbsolutePath();
        Path target = folder.resolve("register");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
