package ru.perechen.tp.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.model.ReadProblem;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.rules.RuleExample;

/** The register as a folder: what is read, what is refused, and that a bad file never stops the others. */
class WorkingTreeSourceTest {

    @TempDir
    Path temp;

    Path root;

    @BeforeEach
    void base() throws IOException {
        root = RuleExample.of("channel-kind", "pass").materialize(temp.resolve("register"));
    }

    private Register load() throws IOException {
        return new RegisterLoader().load(new WorkingTreeSource(root));
    }

    private static List<String> problems(Register register) {
        return register.readProblems().stream()
                .map(p -> p.location().file() + " " + p.message().key())
                .toList();
    }

    @Test
    void aSymlinkOutOfTheRegisterIsNeverFollowed() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.yaml"), "id: TP-900\nname: секрет\n");
        trySymlink(root.resolve("points/TP-900.yaml"), secret);
        Register register = load();
        assertThat(problems(register)).contains("points/TP-900.yaml symlink-outside");
        assertThat(register.points()).noneMatch(p -> "TP-900".equals(p.id()));
    }

    @Test
    void aSymlinkLoopNeverHangs() throws IOException {
        trySymlink(root.resolve("points/a.yaml"), root.resolve("points/b.yaml"));
        Files.createSymbolicLink(root.resolve("points/b.yaml"), root.resolve("points/a.yaml"));
        Files.createSymbolicLink(root.resolve("points/loop"), root.resolve("points"));
        Register register = load();
        assertThat(problems(register)).contains("points/a.yaml symlink-broken", "points/b.yaml symlink-broken",
                "points/loop symlink-folder");
        assertThat(register.points()).hasSize(2);
    }

    @Test
    void aSymlinkToAFileInsideTheRegisterIsRead() throws IOException {
        Path target = root.resolve("points/TP-002.yaml");
        Files.createDirectories(root.resolve("points/alias"));
        Files.move(target, root.resolve("points/alias/TP-002.yaml"));
        trySymlink(target, root.resolve("points/alias/TP-002.yaml"));
        assertThat(load().points()).extracting(p -> p.id()).contains("TP-002");
    }

    @Test
    void aHugeFileIsRefusedWithoutBeingRead() throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(root.resolve("points/TP-901.yaml").toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        Register register = load();
        assertThat(problems(register)).contains("points/TP-901.yaml too-large");
        assertThat(register.pointFiles()).isEqualTo(3);
        assertThat(register.points()).hasSize(2);
    }

    @Test
    void otherFilesAreStillReadWhenOneIsBroken() throws IOException {
        Files.writeString(root.resolve("points/TP-903.yaml"), "id: [unclosed\n");
        Register register = load();
        assertThat(problems(register)).containsExactly("points/TP-903.yaml unclosed-bracket");
        assertThat(register.points()).extracting(p -> p.id()).containsExactly("TP-001", "TP-002");
        assertThat(register.pointFiles()).isEqualTo(3);
    }

    @Test
    void onlyYamlFilesAreRecordsAndYmlIsNamed() throws IOException {
        Files.writeString(root.resolve("points/README.md"), "# заметки");
        Files.writeString(root.resolve("points/TP-904.yml"), "id: TP-904\n");
        Files.writeString(root.resolve("points/.yaml"), "id: TP-905\n");
        Register register = load();
        assertThat(register.readProblems()).filteredOn(p -> p.kind() == ReadProblem.Kind.FILE_NAME)
                .extracting(p -> p.location().file() + " " + p.message().key())
                .containsExactly("points/TP-904.yml yml-extension");
        // the file named ".yaml" is a record (whose id cannot match its name); README.md and .yml are not
        assertThat(register.pointFiles()).isEqualTo(3);
        assertThat(register.points()).extracting(p -> p.origin().file()).contains("points/.yaml");
    }

    @Test
    void aMillionProblemsInOneFileAreCountedNotListed() throws IOException {
        StringBuilder text = new StringBuilder("id: TP-906\nnote: &a x\nlist: [");
        for (int i = 0; i < 10_000; i++) {
            text.append("*a,");
        }
        text.append("*a]\n");
        Files.writeString(root.resolve("points/TP-906.yaml"), text);
        Register register = load();
        List<ReadProblem> own = register.readProblems().stream()
                .filter(p -> p.location().file().equals("points/TP-906.yaml")).toList();
        assertThat(own).hasSize(RegisterLoader.MAX_PROBLEMS_PER_FILE + 1);
        assertThat(own.get(own.size() - 1).message().key()).isEqualTo("too-many-problems");
    }

    @Test
    void aFolderOfTooManyFilesIsRefusedAsSoonAsTheLimitIsPassed() throws IOException {
        for (int i = 0; i < 60; i++) {
            Files.writeString(root.resolve("points/TP-" + (1000 + i) + ".yaml"), "");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new RegisterLoader().load(new WorkingTreeSource(root, 50)))
                .isInstanceOf(RegisterTooLargeException.class);
        assertThat(new RegisterLoader().load(new WorkingTreeSource(root, 100)).pointFiles()).isEqualTo(62);
    }

    private static void trySymlink(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here");
        }
    }
}
