package ru.perechen.tp.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Location;
import ru.perechen.tp.model.Message;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.ReadProblem;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.RegisterHeader;

/**
 * Reads a whole register from a source: every file read once and parsed once, files parsed in
 * parallel on all cores, results kept in path order so that the outcome does not depend on
 * thread timing. A file that cannot be read yields problems, never an exception; only a source
 * with no register.yaml at all ends the load.
 */
public final class RegisterLoader {

    /** More problems than this in one file are counted, not listed. */
    public static final int MAX_PROBLEMS_PER_FILE = 30;

    private final SafeYamlParser parser = new SafeYamlParser();

    public Register load(RegisterSource source) throws IOException {
        byte[] headerBytes = source.readHeader();
        if (headerBytes == null) {
            throw new RegisterNotFoundException();
        }
        RegisterSource.Listing listing = source.list();
        List<RecordFile> files = listing.files();

        List<FileOutcome> outcomes;
        try {
            TextPool pool = TextPool.create();
            outcomes = files.parallelStream().map(file -> readRecord(source, file, pool)).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }

        List<ReadProblem> problems = new ArrayList<>(listing.problems());
        RegisterHeader header = readHeader(headerBytes, problems);
        List<Point> points = new ArrayList<>();
        List<InteractionProcess> processes = new ArrayList<>();
        int pointFiles = 0;
        int processFiles = 0;
        for (FileOutcome outcome : outcomes) {
            problems.addAll(outcome.problems());
            if (outcome.file().type() == RecordFile.RecordType.POINT) {
                pointFiles++;
                if (outcome.record() instanceof Point point) {
                    points.add(point);
                }
            } else {
                processFiles++;
                if (outcome.record() instanceof InteractionProcess process) {
                    processes.add(process);
                }
            }
        }
        return new Register(header, points, processes, problems, pointFiles, processFiles);
    }

    private RegisterHeader readHeader(byte[] bytes, List<ReadProblem> problems) {
        ParsedFile parsed = parser.parse(RegisterHeader.FILE, bytes);
        List<ReadProblem> own = new ArrayList<>(parsed.problems());
        RegisterHeader header = parsed.root() == null ? RegisterHeader.unreadable()
                : RecordReader.readHeader(RegisterHeader.FILE, parsed.root(), own);
        problems.addAll(capped(RegisterHeader.FILE, own));
        return header;
    }

    private FileOutcome readRecord(RegisterSource source, RecordFile file, TextPool pool) {
        List<ReadProblem> problems = new ArrayList<>(2);
        if (file.size() > SafeYamlParser.MAX_FILE_BYTES) {
            problems.add(SafeYamlParser.syntax(Location.ofFile(file.path()), "too-large", "file-too-large",
                    file.size(), SafeYamlParser.MAX_FILE_BYTES));
            return new FileOutcome(file, null, problems);
        }
        byte[] bytes;
        try {
            bytes = source.read(file);
        } catch (IOException e) {
            problems.add(new ReadProblem(ReadProblem.Kind.SYNTAX, Location.ofFile(file.path()),
                    Message.of("unreadable", String.valueOf(e.getMessage())), Message.of("hint.permissions")));
            return new FileOutcome(file, null, problems);
        }
        ParsedFile parsed = parser.parse(file.path(), bytes);
        problems.addAll(parsed.problems());
        if (parsed.root() == null) {
            return new FileOutcome(file, null, capped(file.path(), problems));
        }
        Object record = file.type() == RecordFile.RecordType.POINT
                ? RecordReader.readPoint(file.path(), parsed.root(), problems, pool)
                : RecordReader.readProcess(file.path(), parsed.root(), problems, pool);
        return new FileOutcome(file, record, capped(file.path(), problems));
    }

    /**
     * A file with thousands of problems (a list of a million aliases, say) would bury the rest of
     * the report: the first ones are shown and the others counted.
     */
    static List<ReadProblem> capped(String path, List<ReadProblem> problems) {
        if (problems.size() <= MAX_PROBLEMS_PER_FILE) {
            return problems;
        }
        List<ReadProblem> shown = new ArrayList<>(problems.subList(0, MAX_PROBLEMS_PER_FILE));
        shown.add(SafeYamlParser.syntax(Location.ofFile(path), "too-many-problems", "fix-first",
                problems.size() - MAX_PROBLEMS_PER_FILE));
        return shown;
    }

    private record FileOutcome(RecordFile file, Object record, List<ReadProblem> problems) {
    }
}
