package ru.perechen.tp.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jgit.lib.ObjectId;

import ru.perechen.tp.load.RecordFile;
import ru.perechen.tp.model.Change;
import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.Register;

/**
 * Finds the changes between two versions while parsing as little as possible: files are compared
 * by their blob ids first, and only the files whose content differs are parsed; the parsed records
 * are then compared by {@link RegisterDiff}.
 *
 * <ul>
 *   <li>A file that moved without a change (the same blob under another path of the same kind)
 *       is not parsed at all: same bytes, same record.</li>
 *   <li>When a process leaves the registry, the points that linked it must show a
 *       {@code needs-changed} even if their files did not change. Such points are found by scanning
 *       the unchanged point files for the process id's bytes, parsing only those that contain it
 *       (or that contain a backslash, since a double-quoted YAML escape could spell the id).</li>
 * </ul>
 *
 * Parsing only changed files gives the same changes as comparing whole registers as long as ids
 * are unique in each version (which the {@code id} rule requires): an unchanged file holds the
 * same record in both versions.
 */
public final class VersionDiff {

    private static final String POINTS = RecordFile.RecordType.POINT.folder() + "/";

    private VersionDiff() {
    }

    public static DiffResult compare(RegisterVersion from, RegisterVersion to) throws IOException {
        Map<String, ObjectId> before;
        Map<String, ObjectId> after;
        GitRegisterSource fromTree = from.gitSource();
        GitRegisterSource toTree = to.gitSource();
        if (fromTree != null && toTree != null && fromTree.sameRepositoryAs(toTree)) {
            // Two revisions: only the files that differ are listed, equal subtrees skipped unread.
            GitRegisterSource.ChangedFiles changed = fromTree.changedAgainst(toTree);
            before = changed.here();
            after = changed.there();
        } else {
            before = from.recordBlobs();
            after = to.recordBlobs();
        }
        Set<String> changedBefore = differing(before, after);
        Set<String> changedAfter = differing(after, before);
        dropMoves(changedBefore, changedAfter, before, after);

        Register oldPart = from.load(changedBefore);
        Register newPart = to.load(changedAfter);
        Set<String> unreadableBefore = unreadable(changedBefore, oldPart);
        Set<String> unreadableAfter = unreadable(changedAfter, newPart);
        // A record whose file cannot be read on the other side is unknown there, not excluded or included.
        oldPart = without(oldPart, unreadableAfter);
        newPart = without(newPart, unreadableBefore);

        Set<String> excluded = excludedProcesses(oldPart, newPart);
        if (!excluded.isEmpty()) {
            List<Point> linking = unchangedPointsLinking(excluded, to, to.recordBlobs(), changedAfter);
            oldPart = withPoints(oldPart, linking);
            newPart = withPoints(newPart, linking);
        }
        List<Change> changes = RegisterDiff.compare(oldPart, newPart);
        Set<String> unreadable = new TreeSet<>(unreadableBefore);
        unreadable.addAll(unreadableAfter);
        return new DiffResult(from.side(), to.side(), changes, new ArrayList<>(unreadable),
                from.recordsParsed() + to.recordsParsed());
    }

    /** Paths of {@code side} that the other side lacks or holds with other content. */
    private static Set<String> differing(Map<String, ObjectId> side, Map<String, ObjectId> other) {
        Set<String> paths = new TreeSet<>();
        side.forEach((path, id) -> {
            if (!id.equals(other.get(path))) {
                paths.add(path);
            }
        });
        return paths;
    }

    /** Removes pairs (gone from one path, come under another) with the same blob and the same record type. */
    private static void dropMoves(Set<String> changedBefore, Set<String> changedAfter,
                                  Map<String, ObjectId> before, Map<String, ObjectId> after) {
        Map<String, List<String>> gone = new HashMap<>();
        for (String path : changedBefore) {
            if (!after.containsKey(path)) {
                gone.computeIfAbsent(typeOf(path) + before.get(path).name(), k -> new ArrayList<>()).add(path);
            }
        }
        for (String path : new ArrayList<>(changedAfter)) {
            if (before.containsKey(path)) {
                continue;
            }
            List<String> candidates = gone.get(typeOf(path) + after.get(path).name());
            if (candidates != null && !candidates.isEmpty()) {
                changedBefore.remove(candidates.remove(0));
                changedAfter.remove(path);
            }
        }
    }

    private static String typeOf(String path) {
        return path.startsWith(POINTS) ? "p:" : "r:";
    }

    private static Set<String> excludedProcesses(Register oldPart, Register newPart) {
        Set<String> excluded = new TreeSet<>();
        for (InteractionProcess process : oldPart.processes()) {
            if (process.id() != null) {
                excluded.add(process.id());
            }
        }
        for (InteractionProcess process : newPart.processes()) {
            excluded.remove(process.id());
        }
        return excluded;
    }

    private static List<Point> unchangedPointsLinking(Set<String> processes, RegisterVersion to,
                                                      Map<String, ObjectId> after, Set<String> changedAfter)
            throws IOException {
        List<byte[]> needles = processes.stream().map(id -> id.getBytes(StandardCharsets.UTF_8)).toList();
        Set<String> candidates = new TreeSet<>();
        for (String path : after.keySet()) {
            if (path.startsWith(POINTS) && !changedAfter.contains(path) && mayMention(to.read(path), needles)) {
                candidates.add(path);
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Point> linking = new ArrayList<>();
        for (Point point : to.load(candidates).points()) {
            if (point.processes() != null
                    && point.processes().stream().anyMatch(link -> processes.contains(link.process()))) {
                linking.add(point);
            }
        }
        return linking;
    }

    /** Whether the text may name one of the ids: it holds one of them as a whole word, or a YAML escape. */
    static boolean mayMention(byte[] text, List<byte[]> ids) {
        for (byte b : text) {
            if (b == '\\') {
                return true;
            }
        }
        for (byte[] id : ids) {
            for (int i = 0; i + id.length <= text.length; i++) {
                if (matchesAt(text, i, id) && !idByte(text, i - 1) && !idByte(text, i + id.length)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesAt(byte[] text, int at, byte[] id) {
        for (int k = 0; k < id.length; k++) {
            if (text[at + k] != id[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean idByte(byte[] text, int at) {
        if (at < 0 || at >= text.length) {
            return false;
        }
        byte b = text[at];
        return (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || b == '-' || b == '_';
    }

    private static Register withPoints(Register register, List<Point> more) {
        List<Point> points = new ArrayList<>(register.points());
        points.addAll(more);
        return new Register(register.header(), points, register.processes(), register.readProblems(),
                register.pointFiles() + more.size(), register.processFiles());
    }

    private static Register without(Register register, Set<String> files) {
        if (files.isEmpty()) {
            return register;
        }
        List<Point> points = register.points().stream().filter(p -> !files.contains(p.origin().file())).toList();
        List<InteractionProcess> processes = register.processes().stream()
                .filter(p -> !files.contains(p.origin().file())).toList();
        return new Register(register.header(), points, processes, register.readProblems(), register.pointFiles(),
                register.processFiles());
    }

    private static Set<String> unreadable(Set<String> paths, Register part) {
        Set<String> read = new TreeSet<>();
        // A record without a readable id cannot be matched with anything: its changes cannot be shown either.
        part.points().stream().filter(point -> point.id() != null).forEach(point -> read.add(point.origin().file()));
        part.processes().stream().filter(process -> process.id() != null)
                .forEach(process -> read.add(process.origin().file()));
        Set<String> unreadable = new TreeSet<>(paths);
        unreadable.removeAll(read);
        return unreadable;
    }
}
