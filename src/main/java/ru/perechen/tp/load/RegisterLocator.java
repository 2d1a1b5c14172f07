package ru.perechen.tp.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import ru.perechen.tp.model.RegisterHeader;

/**
 * Finds the register folder the way a user expects: the path given; else {@code ./register};
 * else the nearest folder at or above the current one that holds register.yaml.
 */
public final class RegisterLocator {

    private RegisterLocator() {
    }

    public static Optional<Path> locate(Path given, Path workingDirectory) {
        if (given != null) {
            Path path = workingDirectory.resolve(given).normalize();
            if (Files.isRegularFile(path) && path.getFileName().toString().equals(RegisterHeader.FILE)) {
                path = path.getParent();
            }
            return Files.isRegularFile(path.resolve(RegisterHeader.FILE)) ? Optional.of(path) : Optional.empty();
        }
        Path conventional = workingDirectory.resolve("register");
        if (Files.isRegularFile(conventional.resolve(RegisterHeader.FILE))) {
            return Optional.of(conventional);
        }
        for (Path dir = workingDirectory.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(RegisterHeader.FILE))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}
