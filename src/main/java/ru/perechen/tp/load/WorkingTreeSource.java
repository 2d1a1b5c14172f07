package ru.perechen.tp.load;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

import ru.perechen.tp.model.Location;
import ru.perechen.tp.model.Message;
import ru.perechen.tp.model.ReadProblem;
import ru.perechen.tp.model.RegisterHeader;

/**
 * A register folder on disk. Symbolic links are never followed out of the register: a link to a
 * file inside it is read, a link that leads outside, to a folder, nowhere or in a loop is
 * reported and skipped, so that listing always ends.
 */
public final class WorkingTreeSource implements RegisterSource {

    private final Path root;
    private final Path realRoot;

    private final int maxFiles;

    public WorkingTreeSource(Path root) throws IOException {
        this(root, MAX_RECORD_FILES);
    }

    /** A source that refuses more than {@code maxFiles} record files (tests use a small limit). */
    public WorkingTreeSource(Path root, int maxFiles) throws IOException {
        this.root = root;
        this.realRoot = root.toRealPath();
        this.maxFiles = maxFiles;
    }

    public Path root() {
        return root;
    }

    @Override
    public byte[] readHeader() throws IOException {
        Path header = root.resolve(RegisterHeader.FILE);
        if (!Files.isRegularFile(header)) {
            return null;
        }
        return Files.readAllBytes(header);
    }

    @Override
    public Listing list() throws IOException {
        List<RecordFile> files = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        for (RecordFile.RecordType type : RecordFile.RecordType.values()) {
            Path top = root.resolve(type.folder());
            if (Files.isSymbolicLink(top)) {
                problems.add(linkProblem(type.folder(), "symlink-folder"));
                continue;
            }
            if (!Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Files.walkFileTree(top, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE,
                    new Collector(type, files, problems));
        }
        files.sort(Comparator.comparing(RecordFile::path));
        return new Listing(files, problems);
    }

    @Override
    public byte[] read(RecordFile file) throws IOException {
        return Files.readAllBytes((Path) file.key());
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static ReadProblem linkProblem(String path, String messageId) {
        return new ReadProblem(ReadProblem.Kind.SYNTAX, Location.ofFile(path), Message.of(messageId),
                Message.of("hint.no-links"));
    }

    private final class Collector extends SimpleFileVisitor<Path> {
        private final RecordFile.RecordType type;
        private final List<RecordFile> files;
        private final List<ReadProblem> problems;

        Collector(RecordFile.RecordType type, List<RecordFile> files, List<ReadProblem> problems) {
            this.type = type;
            this.files = files;
            this.problems = problems;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            String name = dir.getFileName().toString();
            return name.startsWith(".") && !dir.equals(root.resolve(type.folder()))
                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            if (files.size() >= maxFiles) {
                throw new RegisterTooLargeException(maxFiles);
            }
            String name = file.getFileName().toString();
            String path = relative(file);
            boolean yaml = name.endsWith(".yaml");
            if (attrs.isSymbolicLink() && !yaml && Files.isDirectory(file)) {
                problems.add(linkProblem(path, "symlink-folder"));
                return FileVisitResult.CONTINUE;
            }
            if (name.endsWith(".yml")) {
                problems.add(new ReadProblem(ReadProblem.Kind.FILE_NAME, Location.ofFile(path),
                        Message.of("yml-extension", name), Message.of("hint.rename-yaml",
                        name.substring(0, name.length() - 4) + ".yaml")));
                return FileVisitResult.CONTINUE;
            }
            if (!yaml || (name.startsWith(".") && !name.equals(".yaml"))) {
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isSymbolicLink()) {
                visitLink(file, path);
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isRegularFile()) {
                files.add(new RecordFile(path, type, attrs.size(), file));
            }
            return FileVisitResult.CONTINUE;
        }

        private void visitLink(Path file, String path) {
            try {
                Path target = file.toRealPath();
                if (!target.startsWith(realRoot)) {
                    problems.add(linkProblem(path, "symlink-outside"));
                } else if (!Files.isRegularFile(target)) {
                    problems.add(linkProblem(path, "symlink-folder"));
                } else {
                    files.add(new RecordFile(path, type, Files.size(target), target));
                }
            } catch (NoSuchFileException e) {
                problems.add(linkProblem(path, "symlink-broken"));
            } catch (IOException e) {
                // a loop (ELOOP) or an unreadable target: never followed further
                problems.add(linkProblem(path, "symlink-broken"));
            }
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            problems.add(new ReadProblem(ReadProblem.Kind.SYNTAX, Location.ofFile(relative(file)),
                    Message.of("unreadable", String.valueOf(e.getMessage())), Message.of("hint.permissions")));
            return FileVisitResult.CONTINUE;
        }
    }
}
