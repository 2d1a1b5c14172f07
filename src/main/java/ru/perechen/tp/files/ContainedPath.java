package ru.perechen.tp.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one way tp turns a name into a path it writes: the name is resolved inside a folder and
 * refused unless the result stays inside it, on every platform the file may later be copied to.
 * Refused are absolute names, {@code ..} and {@code .} segments, empty segments, backslashes and
 * drive letters (separators on Windows), control characters, names Windows reserves for devices
 * ({@code CON}, {@code NUL}, {@code COM1}, … with any extension) or silently changes (a trailing dot
 * or space), and any path that a symbolic link on the way would lead out of the folder.
 */
public final class ContainedPath {

    private static final Set<String> DEVICE_NAMES = Set.of("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$");
    private static final Pattern NUMBERED_DEVICE = Pattern.compile("(COM|LPT)[0-9¹²³]");
    private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:.*");

    private ContainedPath() {
    }

    /**
     * {@code folder/relative}, where {@code relative} uses {@code /} between segments.
     *
     * @throws OutsideFolderException when the name is not a plain relative name or the path it
     *                                gives would not stay inside {@code folder}
     */
    public static Path resolve(Path folder, String relative) throws OutsideFolderException {
        Path base = folder.toAbsolutePath().normalize();
        if (!isPlainRelativeName(relative)) {
            throw new OutsideFolderException(base, relative);
        }
        Path resolved;
        try {
            resolved = base.resolve(relative).normalize();
        } catch (InvalidPathException e) {
            // a name the file system cannot hold (unmappable in its encoding)
            throw new OutsideFolderException(base, relative);
        }
        if (!resolved.startsWith(base) || resolved.equals(base)) {
            throw new OutsideFolderException(base, relative);
        }
        try {
            if (!realOrNearest(resolved).startsWith(realOrNearest(base))) {
                throw new OutsideFolderException(base, relative);
            }
        } catch (OutsideFolderException e) {
            throw e;
        } catch (IOException e) {
            // A link that leads nowhere or in a loop cannot be shown to stay inside.
            throw new OutsideFolderException(base, relative);
        }
        return resolved;
    }

    /** Whether a name is one {@link #resolve} accepts as far as its text goes (links aside). */
    public static boolean isPlainRelativeName(String relative) {
        if (relative == null || relative.isEmpty() || relative.startsWith("/") || DRIVE.matcher(relative).matches()) {
            return false;
        }
        for (String segment : relative.split("/", -1)) {
            if (!isPlainSegment(segment)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlainSegment(String segment) {
        if (segment.isEmpty() || segment.equals(".") || segment.equals("..")
                || segment.endsWith(".") || segment.endsWith(" ")) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < segment.length()
                    && Character.isLowSurrogate(segment.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
                    && Character.isHighSurrogate(segment.charAt(i - 1)))) {
                return false; // half of a character: not text, and no file system stores it as such
            }
            if (c < 0x20 || c == 0x7F || c == '\\' || c == ':' || c == '<' || c == '>' || c == '"' || c == '|'
                    || c == '?' || c == '*') {
                return false;
            }
        }
        int dot = segment.indexOf('.');
        String stem = (dot < 0 ? segment : segment.substring(0, dot)).stripTrailing().toUpperCase(Locale.ROOT);
        return !DEVICE_NAMES.contains(stem) && !NUMBERED_DEVICE.matcher(stem).matches();
    }

    /**
     * The real path of the longest part of {@code path} that exists, with the rest appended: where
     * a file written at {@code path} would really land, links resolved.
     */
    private static Path realOrNearest(Path path) throws IOException {
        Path existing = path;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        Path real = existing.toRealPath();
        return real.resolve(existing.relativize(path)).normalize();
    }

    /** A name that would lead out of the folder it is meant for. */
    public static final class OutsideFolderException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path folder;
        private final String name;

        OutsideFolderException(Path folder, String name) {
            super("not inside " + folder + ": " + name);
            this.folder = folder;
            this.name = name;
        }

        public Path folder() {
            return folder;
        }

        public String name() {
            return name;
        }
    }
}
