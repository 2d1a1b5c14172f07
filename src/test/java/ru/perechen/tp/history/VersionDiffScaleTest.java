package ru.perechen.tp.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.model.ChangeType;

/**
 * A register of 10,000 points: a diff parses only the files whose blobs differ, and finds the
 * points that linked an excluded process by scanning, parsing only those that name it.
 */
class VersionDiffScaleTest {

    private static final int POINTS = 10_000;
    private static final int PROCESSES = 100;

    @TempDir
    Path dir;

    private GitFixture fixture;

    @BeforeEach
    void repository() throws Exception {
        fixture = GitFixture.init(dir);
        Files.createDirectories(fixture.register());
    }

    @Test
    void parsesOnlyTheHundredChangedPointsOfTenThousand() throws Exception {
        String before = commit(i -> point(i, "+7 4712 " + i), i -> true);
        String after = commit(i -> point(i, i % 100 == 0 ? "+7 4712 00000" : "+7 4712 " + i), i -> true);

        DiffResult diff = diff(before, after);

        assertThat(diff.changes()).hasSize(100)
                .allSatisfy(change -> assertThat(change.field()).isEqualTo("address"));
        assertThat(diff.recordsParsed()).isEqualTo(200);
    }

    @Test
    void anExcludedProcessFindsItsPointsWithoutParsingTheOthers() throws Exception {
        String before = commit(i -> point(i, "+7 4712 " + i), p -> true);
        String after = commit(i -> point(i, "+7 4712 " + i), p -> p != 7);

        DiffResult diff = diff(before, after);

        assertThat(diff.changes()).filteredOn(c -> c.type() == ChangeType.PROCESS_EXCLUDED).hasSize(1);
        assertThat(diff.changes()).filteredOn(c -> c.type() == ChangeType.NEEDS_CHANGED).hasSize(100)
                .allSatisfy(change -> assertThat(change.process()).isEqualTo("PR-7"));
        // the excluded process's file, and the 100 points that name PR-7 (not PR-70…PR-79)
        assertThat(diff.recordsParsed()).isEqualTo(1 + 100);
    }

    private DiffResult diff(String before, String after) throws Exception {
        try (RegisterRepository repository = RegisterRepository.open(fixture.register())) {
            return VersionDiff.compare(repository.version(new Revision("before", before)),
                    repository.version(new Revision("after", after)));
        }
    }

    private static String point(int i, String address) {
        return "id: TP-" + i + "\nname: Точка " + i + "\nkind: phone\norganization: minkult\nunit: minkult-appeals\n"
                + "address: \"" + address + "\"\nprocesses:\n  - process: PR-" + (i % PROCESSES + 1)
                + "\n    needs: [information]\n";
    }

    private static String process(int p) {
        return "id: PR-" + p + "\nname: Процесс " + p + "\nclient: external\ncategory: appeals\n"
                + "scope: intra-agency\nunit: minkult-appeals\n";
    }

    /** Writes a commit straight into the object database: 10,000 files through the working tree would be slow. */
    private String commit(IntFunction<String> point, java.util.function.IntPredicate processIncluded)
            throws Exception {
        Repository repository = fixture.git().getRepository();
        // One pack rather than 10,000 loose objects: the test measures parsing, not the file system.
        try (ObjectInserter inserter = ((org.eclipse.jgit.internal.storage.file.ObjectDirectory)
                repository.getObjectDatabase()).newPackInserter()) {
            Map<String, ObjectId> points = new TreeMap<>();
            for (int i = 1; i <= POINTS; i++) {
                points.put(String.format("TP-%05d.yaml", i), blob(inserter, point.apply(i).replace(
                        "id: TP-" + i + "\n", "id: TP-" + String.format("%05d", i) + "\n")));
            }
            Map<String, ObjectId> processes = new TreeMap<>();
            for (int p = 1; p <= PROCESSES; p++) {
                if (processIncluded.test(p)) {
                    processes.put(String.format("PR-%d.yaml", p), blob(inserter, process(p)));
                }
            }
            TreeFormatter register = new TreeFormatter();
            register.append("points", FileMode.TREE, tree(inserter, points));
            register.append("processes", FileMode.TREE, tree(inserter, processes));
            register.append("register.yaml", FileMode.REGULAR_FILE, blob(inserter, "format: 1\n"));
            TreeFormatter root = new TreeFormatter();
            root.append("register", FileMode.TREE, inserter.insert(register));
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(inserter.insert(root));
            PersonIdent who = new PersonIdent("Иванова Мария", "ivanova@example.ru");
            commit.setAuthor(who);
            commit.setCommitter(who);
            commit.setMessage("Перечень\n");
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            return id.name();
        }
    }

    private static ObjectId blob(ObjectInserter inserter, String text) throws Exception {
        return inserter.insert(Constants.OBJ_BLOB, text.getBytes(StandardCharsets.UTF_8));
    }

    private static ObjectId tree(ObjectInserter inserter, Map<String, ObjectId> files) throws Exception {
        TreeFormatter tree = new TreeFormatter();
        files.forEach((name, id) -> tree.append(name, FileMode.REGULAR_FILE, id));
        return inserter.insert(tree);
    }
}
