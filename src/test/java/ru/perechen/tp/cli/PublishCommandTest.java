package ru.perechen.tp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.model.Register;
import ru.perechen.tp.publish.InMemoryVersions;
import ru.perechen.tp.publish.PublishLock;
import ru.perechen.tp.publish.Registers;

/** {@code tp publish}: run as a user runs it, in a folder holding the sample register. */
class PublishCommandTest {

    @TempDir
    Path work;

    Register sample;
    InMemoryVersions versions;

    @BeforeEach
    void setUp() {
        Registers.copySample(work);
        sample = InMemoryVersions.sample();
        versions = new InMemoryVersions().add("2025-12-26", sample).add("2026-01-12", sample);
    }

    @Test
    void publishes_the_latest_approved_version_and_makes_it_current() throws Exception {
        VersionedRun.Result result = new VersionedRun(work).versions(versions).run("publish", "--to", "share");

        Path folder = work.resolve("share/approved-2026-01-12");
        assertThat(result.err()).isEmpty();
        assertThat(result.code()).isZero();
        assertThat(result.out()).isEqualTo(VersionedRun.text("publish.done", "approved/2026-01-12", folder) + "\n"
                + VersionedRun.text("publish.current", "approved-2026-01-12") + "\n");
        assertThat(folder.resolve("index.html")).isRegularFile();
        assertThat(Files.readString(work.resolve("share/current")).strip()).isEqualTo("approved-2026-01-12");
    }

    @Test
    void the_folder_set_once_in_TP_PUBLISH_DIR_serves_publish_and_status_and_an_option_overrides_it() {
        Map<String, String> share = Map.of("TP_PUBLISH_DIR", "share");

        VersionedRun.Result published = new VersionedRun(work).versions(versions).variables(share).run("publish");
        VersionedRun.Result status = new VersionedRun(work).versions(versions).variables(share).run("status");
        VersionedRun.Result elsewhere = new VersionedRun(work).versions(versions).variables(share)
                .run("publish", "--to", "other");

        assertThat(published.code()).as(published.err()).isZero();
        assertThat(work.resolve("share/approved-2026-01-12/index.html")).isRegularFile();
        assertThat(status.out()).contains(VersionedRun.text("status.published-yes", work.resolve("share")));
        assertThat(elsewhere.code()).isZero();
        assertThat(work.resolve("other/approved-2026-01-12/index.html")).isRegularFile();
    }

    @Test
    void without_a_folder_it_says_both_ways_to_name_one() {
        VersionedRun.Result result = new VersionedRun(work).versions(versions).run("publish");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains(VersionedRun.text("publish.error.no-target"));
        assertThat(work.resolve("share")).doesNotExist();
    }

    @Test
    void publishing_again_says_it_was_already_published() {
        new VersionedRun(work).versions(versions).run("publish", "--to", "share");
        VersionedRun.Result again = new VersionedRun(work).versions(versions).run("publish", "--to", "share");

        assertThat(again.code()).isZero();
        assertThat(again.out()).startsWith(VersionedRun.text("publish.already", "approved/2026-01-12",
                work.resolve("share/approved-2026-01-12")));
    }

    @Test
    void an_older_version_by_its_tag_or_folder_name_does_not_become_current() throws Exception {
        new VersionedRun(work).versions(versions).run("publish", "--to", "share");
        VersionedRun.Result older = new VersionedRun(work).versions(versions)
                .run("publish", "--to", "share", "--version", "approved-2025-12-26");

        assertThat(older.code()).isZero();
        assertThat(older.out()).endsWith(VersionedRun.text("publish.not-current") + "\n");
        assertThat(work.resolve("share/approved-2025-12-26/manifest.json")).isRegularFile();
        assertThat(Files.readString(work.resolve("share/current")).strip()).isEqualTo("approved-2026-01-12");
    }

    @Test
    void an_unknown_version_is_refused_with_the_versions_there_are() {
        VersionedRun.Result result = new VersionedRun(work).versions(versions)
                .run("publish", "--to", "share", "--version", "approved/2020-01-01");

        assertThat(result.code()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).isEqualTo("tp: " + VersionedRun.text("publish.error.unknown-version",
                "approved/2020-01-01", "approved/2025-12-26, approved/2026-01-12") + "\n");
        assertThat(work.resolve("share")).doesNotExist();
    }

    @Test
    void with_no_approved_version_it_asks_for_tp_approve() {
        VersionedRun.Result result = new VersionedRun(work).versions(new InMemoryVersions()).run("publish", "--to", "share");

        assertThat(result.code()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).isEqualTo("tp: " + VersionedRun.text("publish.error.no-approved") + "\n");
        assertThat(result.err()).contains("tp approve", "--draft");
    }

    @Test
    void a_draft_is_the_working_tree_in_draft_and_never_current() throws Exception {
        Registers.set(work.resolve("register/points/minkult/TP-001.yaml"), "name", "Сайт после правки");
        VersionedRun.Result result = new VersionedRun(work).versions(versions).run("publish", "--draft", "--to", "share");

        assertThat(result.code()).isZero();
        assertThat(result.out()).isEqualTo(VersionedRun.text("publish.done", "проект", work.resolve("share/draft"))
                + "\n" + VersionedRun.text("publish.draft-not-current") + "\n");
        String page = Files.readString(work.resolve("share/draft/index.html"));
        assertThat(page).contains("ПРОЕКТ", "Сайт после правки", "approved/2026-01-12");
        assertThat(work.resolve("share/current")).doesNotExist();
    }

    @Test
    void draft_and_version_together_are_a_usage_error() {
        VersionedRun.Result result = new VersionedRun(work).versions(versions)
                .run("publish", "--draft", "--version", "latest", "--to", "share");

        assertThat(result.code()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).isEqualTo("tp: " + VersionedRun.text("publish.error.draft-with-version") + "\n");
    }

    @Test
    void a_folder_locked_by_another_publication_is_refused_after_waiting() throws Exception {
        Path share = Files.createDirectories(work.resolve("share"));
        try (PublishLock held = PublishLock.acquire(share, Duration.ZERO)) {
            VersionedRun.Result result = new VersionedRun(work).versions(versions)
                    .run("publish", "--to", "share", "--wait", "0");

            assertThat(result.code()).isEqualTo(ExitCode.USAGE);
            assertThat(result.err()).startsWith("tp: " + VersionedRun.text("publish.error.locked", share, "").split("\\(")[0]);
        }
    }

    @Test
    void a_version_published_by_another_tool_needs_replace() throws Exception {
        new VersionedRun(work).versions(versions).run("publish", "--to", "share");
        Path manifest = work.resolve("share/approved-2026-01-12/manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"tool\": \"dev\"", "\"tool\": \"0.0.1\""));

        VersionedRun.Result refused = new VersionedRun(work).versions(versions).run("publish", "--to", "share");
        assertThat(refused.code()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err()).isEqualTo("tp: " + VersionedRun.text("publish.error.published-differently",
                work.resolve("share/approved-2026-01-12"), "0.0.1") + "\n");

        VersionedRun.Result replaced = new VersionedRun(work).versions(versions).run("publish", "--to", "share", "--replace");
        assertThat(replaced.code()).isZero();
        assertThat(Files.readString(manifest)).contains("\"tool\": \"dev\"");
    }

    @Test
    void help_lists_the_options() {
        VersionedRun.Result result = new VersionedRun(work).run("publish", "--help");
        assertThat(result.out()).contains("--to", "--version", "--draft", "--replace", "--wait");
    }
}
