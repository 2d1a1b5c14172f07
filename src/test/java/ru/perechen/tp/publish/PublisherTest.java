package ru.perechen.tp.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ru.perechen.tp.model.ApprovedVersion;
import ru.perechen.tp.model.Register;

/** Placing snapshots in a publication folder: whole or not at all, under a lock, never moving current back. */
class PublisherTest {

    static Register register;
    static InMemoryVersions versions;
    static Snapshots snapshots;

    @TempDir
    Path dir;

    @BeforeAll
    static void read() {
        register = InMemoryVersions.sample();
        versions = new InMemoryVersions().add("2025-12-26", register).add("2026-01-12", register)
                .add("2026-05-18", register);
        snapshots = new Snapshots(versions, "test");
    }

    static Snapshot approved(String date) throws IOException {
        return snapshots.approved(versions.find("approved/" + date).orElseThrow());
    }

    static Publication publish(Path dir, Snapshot snapshot) throws IOException {
        return new Publisher(Duration.ofSeconds(30), PublishListener.NONE).publish(snapshot, new PublishTarget(dir), false);
    }

    @Test
    void a_version_is_published_with_every_file_its_manifest_and_becomes_current() throws Exception {
        Publication publication = publish(dir, approved("2026-01-12"));

        Path folder = dir.resolve("approved-2026-01-12");
        assertThat(publication.outcome()).isEqualTo(Publication.Outcome.PUBLISHED);
        assertThat(publication.folder()).isEqualTo(folder);
        assertThat(publication.current()).isTrue();
        assertThat(names(folder)).containsExactly("index.html", "manifest.json", "perechen.csv", "perechen.json",
                "perechen.xlsx");
        assertManifestMatches(folder);
        Manifest manifest = Manifest.read(folder).orElseThrow();
        assertThat(manifest.version()).isEqualTo("approved/2026-01-12");
        assertThat(manifest.date()).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(manifest.commit()).hasSize(40);
        assertThat(manifest.tool()).isEqualTo("test");
        assertThat(Files.readString(dir.resolve("current"))).isEqualTo("approved-2026-01-12\n");
        assertThat(Files.readString(dir.resolve("index.html"))).contains("href=\"approved-2026-01-12/index.html\"");
        assertThat(visible(dir)).containsExactly("approved-2026-01-12", "current", "index.html");
    }

    @Test
    void the_manifest_has_exactly_the_keys_of_the_format() throws Exception {
        publish(dir, approved("2026-01-12"));
        var json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(dir.resolve("approved-2026-01-12/manifest.json").toFile());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("version", "act", "date", "commit", "tool", "files");
        assertThat(json.get("date").asText()).isEqualTo("2026-01-12");
        List<String> fileKeys = new ArrayList<>();
        json.get("files").get(0).fieldNames().forEachRemaining(fileKeys::add);
        assertThat(fileKeys).containsExactly("path", "size", "sha256");
    }

    @Test
    void publishing_the_same_version_again_changes_no_byte_and_says_so() throws Exception {
        publish(dir, approved("2026-01-12"));
        Map<String, String> before = hashes(dir);

        Publication again = publish(dir, approved("2026-01-12"));

        assertThat(again.outcome()).isEqualTo(Publication.Outcome.ALREADY_PUBLISHED);
        assertThat(hashes(dir)).isEqualTo(before);
    }

    @Test
    void the_same_version_published_into_another_folder_gives_byte_identical_files() throws Exception {
        publish(dir.resolve("a"), approved("2026-01-12"));
        publish(dir.resolve("b"), approved("2026-01-12"));
        assertThat(hashes(dir.resolve("b"))).isEqualTo(hashes(dir.resolve("a")));
    }

    @Test
    void publishing_an_older_version_never_moves_current_back() throws Exception {
        publish(dir, approved("2026-05-18"));
        Publication older = publish(dir, approved("2025-12-26"));

        assertThat(older.current()).isFalse();
        assertThat(Files.readString(dir.resolve("current")).strip()).isEqualTo("approved-2026-05-18");
        String index = Files.readString(dir.resolve("index.html"));
        assertThat(index.indexOf("approved-2026-05-18/index.html")).isLessThan(index.indexOf("approved-2025-12-26/index.html"));
    }

    @Test
    void a_draft_goes_to_draft_says_so_everywhere_and_never_becomes_current() throws Exception {
        publish(dir, approved("2026-01-12"));
        Publication draft = publish(dir, snapshots.draft(register));

        assertThat(draft.folder()).isEqualTo(dir.resolve("draft"));
        assertThat(draft.current()).isFalse();
        assertThat(Files.readString(dir.resolve("current")).strip()).isEqualTo("approved-2026-01-12");
        assertThat(Files.readString(dir.resolve("draft/index.html"))).contains("ПРОЕКТ");
        assertThat(Files.readString(dir.resolve("draft/perechen.json"))).contains("\"draft\": true");
        assertThat(Files.readString(dir.resolve("index.html"))).contains("href=\"draft/index.html\"", "ПРОЕКТ");
        assertThat(Manifest.read(dir.resolve("draft")).orElseThrow().draft()).isTrue();
    }

    @Test
    void a_new_draft_replaces_the_old_one() throws Exception {
        publish(dir, snapshots.draft(register));
        Register edited = InMemoryVersions.load(editedRegister());
        Publication second = publish(dir, snapshots.draft(edited));

        assertThat(second.outcome()).isEqualTo(Publication.Outcome.REPLACED);
        assertThat(Files.readString(dir.resolve("draft/index.html"))).contains("Отредактированный сайт");
        assertManifestMatches(dir.resolve("draft"));
        assertThat(visible(dir)).containsExactly("draft", "index.html");
    }

    @Test
    void a_version_published_with_other_files_is_refused_unless_replacing_is_asked_for() throws Exception {
        publish(dir, approved("2026-01-12"));
        Snapshot newerTool = new Snapshot(register, approved("2026-01-12").approval(), Optional.empty(), List.of(), "9.9");

        assertThatThrownBy(() -> publish(dir, newerTool))
                .isInstanceOfSatisfying(PublishException.class, e -> {
                    assertThat(e.reason()).isEqualTo(PublishException.Reason.PUBLISHED_DIFFERENTLY);
                    assertThat(e.args()).containsExactly(dir.resolve("approved-2026-01-12"), "test");
                });
        assertThat(Manifest.read(dir.resolve("approved-2026-01-12")).orElseThrow().tool()).isEqualTo("test");

        Publication replaced = new Publisher(Duration.ZERO, PublishListener.NONE)
                .publish(newerTool, new PublishTarget(dir), true);
        assertThat(replaced.outcome()).isEqualTo(Publication.Outcome.REPLACED);
        assertThat(Manifest.read(dir.resolve("approved-2026-01-12")).orElseThrow().tool()).isEqualTo("9.9");
        assertThat(hidden(dir)).containsExactly(PublishLock.FILE);
    }

    @Test
    void a_folder_edited_by_hand_is_not_taken_for_the_published_version() throws Exception {
        publish(dir, approved("2026-01-12"));
        Files.writeString(dir.resolve("approved-2026-01-12/perechen.csv"), "edited");

        assertThatThrownBy(() -> publish(dir, approved("2026-01-12"))).isInstanceOf(PublishException.class);
    }

    @Test
    void a_name_that_would_lead_out_of_the_folder_is_refused() throws Exception {
        ApprovedVersion hostile = new ApprovedVersion("../../etc", "act", LocalDate.of(2026, 1, 12), "a".repeat(40),
                0, 0, "sha256:0");
        Snapshot snapshot = Snapshot.approved(register, hostile, Optional.empty(), List.of(), "test");

        assertThatThrownBy(() -> publish(dir, snapshot))
                .isInstanceOfSatisfying(PublishException.class,
                        e -> assertThat(e.reason()).isEqualTo(PublishException.Reason.UNSAFE_NAME));
        assertThat(dir).isEmptyDirectory();
        assertThatThrownBy(() -> new PublishTarget(dir).inside("..")).isInstanceOf(PublishException.class);
        assertThatThrownBy(() -> new PublishTarget(dir).inside("a/b")).isInstanceOf(PublishException.class);
        assertThatThrownBy(() -> new PublishTarget(dir).inside(".hidden")).isInstanceOf(PublishException.class);
    }

    @Test
    void a_file_where_the_folder_should_be_is_refused() throws Exception {
        Path file = Files.writeString(dir.resolve("share"), "x");
        assertThatThrownBy(() -> publish(file, approved("2026-01-12")))
                .isInstanceOfSatisfying(PublishException.class,
                        e -> assertThat(e.reason()).isEqualTo(PublishException.Reason.NOT_A_FOLDER));
    }

    @Test
    void a_publication_waits_for_the_lock_no_longer_than_asked_and_then_refuses() throws Exception {
        Files.createDirectories(dir);
        try (PublishLock held = PublishLock.acquire(dir, Duration.ZERO)) {
            assertThatThrownBy(() -> new Publisher(Duration.ZERO, PublishListener.NONE)
                    .publish(approved("2026-01-12"), new PublishTarget(dir), false))
                    .isInstanceOfSatisfying(PublishException.class, e -> {
                        assertThat(e.reason()).isEqualTo(PublishException.Reason.LOCKED);
                        assertThat(e.args().get(0)).isEqualTo(dir);
                    });
        }
        assertThat(visible(dir)).isEmpty();
        assertThat(publish(dir, approved("2026-01-12")).outcome()).isEqualTo(Publication.Outcome.PUBLISHED);
    }

    @Test
    void two_publications_at_once_both_end_well_and_leave_the_folder_consistent() throws Exception {
        Snapshot older = approved("2026-01-12");
        Snapshot newer = approved("2026-05-18");
        for (int round = 0; round < 3; round++) {
            Path target = dir.resolve("round-" + round);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Callable<Publication> first = () -> {
                    start.await();
                    return publish(target, older);
                };
                Callable<Publication> second = () -> {
                    start.await();
                    return publish(target, newer);
                };
                Future<Publication> a = pool.submit(first);
                Future<Publication> b = pool.submit(second);
                start.countDown();
                assertThat(a.get().outcome()).isEqualTo(Publication.Outcome.PUBLISHED);
                assertThat(b.get().outcome()).isEqualTo(Publication.Outcome.PUBLISHED);
            } finally {
                pool.shutdown();
            }
            assertThat(visible(target)).containsExactly("approved-2026-01-12", "approved-2026-05-18", "current",
                    "index.html");
            assertManifestMatches(target.resolve("approved-2026-01-12"));
            assertManifestMatches(target.resolve("approved-2026-05-18"));
            assertThat(Files.readString(target.resolve("current")).strip()).isEqualTo("approved-2026-05-18");
            assertThat(Files.readString(target.resolve("index.html")))
                    .contains("approved-2026-01-12/index.html", "approved-2026-05-18/index.html");
            assertThat(hidden(target)).containsExactly(PublishLock.FILE);
        }
    }

    // --- failures at every step -------------------------------------------------------------

    /** Every point a publication can be interrupted at, with the detail the listener hears. */
    static Stream<Arguments> steps() {
        List<Arguments> steps = new ArrayList<>();
        steps.add(Arguments.of(PublishStep.LOCKED, "approved-2026-05-18"));
        steps.add(Arguments.of(PublishStep.RECOVERED, "approved-2026-05-18"));
        for (String file : SnapshotFiles.names()) {
            steps.add(Arguments.of(PublishStep.FILE_WRITTEN, file));
        }
        steps.add(Arguments.of(PublishStep.SNAPSHOT_WRITTEN, "approved-2026-05-18"));
        steps.add(Arguments.of(PublishStep.PLACED, "approved-2026-05-18"));
        steps.add(Arguments.of(PublishStep.INDEX_WRITTEN, "approved-2026-05-18"));
        steps.add(Arguments.of(PublishStep.CURRENT_WRITTEN, "approved-2026-05-18"));
        return steps.stream();
    }

    /** A failure the publisher sees (an I/O error): it tidies up after itself. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("steps")
    void a_failure_at_any_step_leaves_the_folder_as_before_or_after(PublishStep step, String detail) throws Exception {
        interruptedAt(step, detail, new IOException("injected failure"));
    }

    /** A crash (the process killed): nothing is tidied up, and the next run must cope. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("steps")
    void a_crash_at_any_step_leaves_the_folder_as_before_or_after(PublishStep step, String detail) throws Exception {
        interruptedAt(step, detail, new Crash());
    }

    private void interruptedAt(PublishStep step, String detail, Throwable failure) throws Exception {
        publish(dir, approved("2026-01-12"));
        Map<String, String> before = hashes(dir);
        PublishListener failing = (reached, what) -> {
            if (reached == step && what.equals(detail)) {
                if (failure instanceof IOException io) {
                    throw io;
                }
                throw (Crash) failure;
            }
        };

        assertThatThrownBy(() -> new Publisher(Duration.ofSeconds(30), failing)
                .publish(approved("2026-05-18"), new PublishTarget(dir), false)).isSameAs(failure);

        assertWholeState(dir, before);
        if (failure instanceof IOException) {
            assertThat(hidden(dir)).containsExactly(PublishLock.FILE);
        } else if (step == PublishStep.FILE_WRITTEN || step == PublishStep.SNAPSHOT_WRITTEN) {
            assertThat(hidden(dir)).anyMatch(name -> name.startsWith(".tp-tmp-approved-2026-05-18-"));
        }
        Publication next = publish(dir, approved("2026-05-18"));
        assertThat(next.current()).isTrue();
        assertThat(hidden(dir)).containsExactly(PublishLock.FILE);
        assertThat(visible(dir)).containsExactly("approved-2026-01-12", "approved-2026-05-18", "current", "index.html");
        assertManifestMatches(dir.resolve("approved-2026-05-18"));
        assertThat(Files.readString(dir.resolve("current")).strip()).isEqualTo("approved-2026-05-18");
        assertThat(Files.readString(dir.resolve("index.html"))).contains("approved-2026-05-18/index.html");
    }

    @Test
    void a_crash_while_a_draft_is_replaced_is_undone_by_the_next_run() throws Exception {
        publish(dir, snapshots.draft(register));
        Map<String, String> before = hashes(dir);
        Register edited = InMemoryVersions.load(editedRegister());
        PublishListener crashing = (step, detail) -> {
            if (step == PublishStep.OLD_MOVED_ASIDE) {
                throw new Crash();
            }
        };
        assertThatThrownBy(() -> new Publisher(Duration.ofSeconds(30), crashing)
                .publish(snapshots.draft(edited), new PublishTarget(dir), false)).isInstanceOf(Crash.class);
        assertThat(visible(dir)).doesNotContain("draft");

        publish(dir, approved("2026-01-12"));

        assertThat(hashes(dir.resolve("draft"))).isEqualTo(sub(before, "draft/"));
        assertThat(hidden(dir)).containsExactly(PublishLock.FILE);
    }

    /** Stands for the process being killed: an Error, which the publisher does not tidy up after. */
    static final class Crash extends Error {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Each visible item of DIR is as it was before or as it is after: the old version untouched,
     * the new one absent or complete, current naming one of them, the index listing what exists.
     */
    private static void assertWholeState(Path dir, Map<String, String> before) throws IOException {
        Map<String, String> now = hashes(dir);
        assertThat(sub(now, "approved-2026-01-12/")).isEqualTo(sub(before, "approved-2026-01-12/"));
        assertThat(visible(dir)).containsAnyOf("approved-2026-01-12");
        if (Files.exists(dir.resolve("approved-2026-05-18"))) {
            assertManifestMatches(dir.resolve("approved-2026-05-18"));
        }
        assertThat(Files.readString(dir.resolve("current")).strip()).isIn("approved-2026-01-12", "approved-2026-05-18");
        String index = Files.readString(dir.resolve("index.html"));
        assertThat(index).contains("approved-2026-01-12/index.html");
        if (index.contains("approved-2026-05-18/index.html")) {
            assertThat(dir.resolve("approved-2026-05-18")).isDirectory();
        }
        assertThat(visible(dir)).allMatch(name -> List.of("approved-2026-01-12", "approved-2026-05-18", "current",
                "index.html").contains(name));
    }

    static void assertManifestMatches(Path folder) throws IOException {
        Manifest manifest = Manifest.read(folder).orElseThrow(() -> new AssertionError("no manifest in " + folder));
        List<String> listed = new ArrayList<>();
        for (Manifest.FileEntry file : manifest.files()) {
            byte[] bytes = Files.readAllBytes(folder.resolve(file.path()));
            assertThat(bytes.length).as(file.path()).isEqualTo(file.size());
            assertThat(sha256(bytes)).as(file.path()).isEqualTo(file.sha256());
            listed.add(file.path());
        }
        listed.add(Manifest.FILE);
        assertThat(names(folder)).containsExactlyInAnyOrderElementsOf(listed);
    }

    private static Path editedRegister() throws IOException {
        Path folder = Files.createTempDirectory("tp-edited");
        Path copy = Registers.copySample(folder);
        Registers.set(copy.resolve("points/minkult/TP-001.yaml"), "name", "Отредактированный сайт");
        return copy;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every file under {@code root} (relative path → SHA-256), lock file excepted. */
    static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (!name.equals(PublishLock.FILE)) {
                    hashes.put(name, sha256(Files.readAllBytes(file)));
                }
            }
        }
        return hashes;
    }

    private static Map<String, String> sub(Map<String, String> hashes, String prefix) {
        Map<String, String> sub = new TreeMap<>();
        hashes.forEach((name, hash) -> {
            if (name.startsWith(prefix)) {
                sub.put(name.substring(prefix.length()), hash);
            }
        });
        return sub;
    }

    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static List<String> visible(Path folder) throws IOException {
        return names(folder).stream().filter(name -> !name.startsWith(".")).toList();
    }

    static List<String> hidden(Path folder) throws IOException {
        return names(folder).stream().filter(name -> name.startsWith(".")).toList();
    }
}
