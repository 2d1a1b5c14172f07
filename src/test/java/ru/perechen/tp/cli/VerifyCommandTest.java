package ru.perechen.tp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ru.perechen.tp.history.GitFixture;
import ru.perechen.tp.history.GpgTestKeys;
import ru.perechen.tp.publish.Manifest;
import ru.perechen.tp.publish.RecordDigests;

/** {@code tp verify}: a publication against its manifests and, with the repository at hand, its approval tag. */
class VerifyCommandTest {

    private static final String FOLDER = "share/approved-2026-04-30";

    @TempDir
    Path dir;

    private GitFixture published() {
        GitFixture repo = GitFixture.withSample(dir);
        assertThat(TpRun.in(dir, "approve", "--act", "05-05/100", "--date", "2026-04-30").exitCode()).isZero();
        TpRun publish = TpRun.in(dir, "publish", "--to", "share");
        assertThat(publish.exitCode()).as(publish.err()).isZero();
        return repo;
    }

    @Test
    void the_folder_comes_from_TP_PUBLISH_DIR_when_none_is_given() throws Exception {
        try (GitFixture repo = published()) {
            TpRun run = TpRun.in(dir, java.util.Map.of("TP_PUBLISH_DIR", "share"), "verify");
            TpRun none = TpRun.in(dir, "verify");

            assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
            assertThat(run.out()).contains(CliMessages.text("verify.intact"));
            assertThat(none.exitCode()).isEqualTo(2);
            assertThat(none.err()).contains(CliMessages.text("verify.no-dir"));
        }
    }

    @Test
    void an_intact_publication_passes_and_is_compared_with_its_tag() throws Exception {
        try (GitFixture repo = published()) {
            TpRun run = TpRun.in(dir, "verify", "share");

            assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
            String commit = repo.git().getRepository().resolve("HEAD").name();
            assertThat(run.out()).contains(CliMessages.text("verify.folder-intact", "approved-2026-04-30",
                            "approved/2026-04-30", 4, 92),
                    CliMessages.text("verify.tag", "approved/2026-04-30", commit.substring(0, 7),
                            CliMessages.text("verify.signature.not-signed")),
                    CliMessages.text("verify.intact"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "perechen.xlsx", "perechen.csv", "perechen.json", "manifest.json"})
    void a_single_changed_byte_in_any_published_file_is_found(String file) throws Exception {
        try (GitFixture repo = published()) {
            Path path = dir.resolve(FOLDER).resolve(file);
            byte[] bytes = Files.readAllBytes(path);
            int at = file.equals("manifest.json") ? new String(bytes, StandardCharsets.UTF_8).indexOf("\"sha256\": \"") + 12
                    : bytes.length / 2;
            bytes[at] ^= 0x01;
            Files.write(path, bytes);

            TpRun run = TpRun.in(dir, "verify", "share");

            assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.FINDINGS);
            assertThat(run.out()).contains(CliMessages.text("verify.folder-changed", "approved-2026-04-30",
                    "approved/2026-04-30"));
            assertThat(run.showsStackTrace()).isFalse();
        }
    }

    @Test
    void a_record_edited_in_perechen_json_is_named_even_when_the_file_hash_was_forged_too() throws Exception {
        try (GitFixture repo = published()) {
            Path folder = dir.resolve(FOLDER);
            Path json = folder.resolve("perechen.json");
            String text = Files.readString(json);
            Files.writeString(json, text.replaceFirst("\"name\": \"Официальный сайт", "\"name\": \"Поддельный сайт"));
            TpRun run = TpRun.in(dir, "verify", "share");
            assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
            assertThat(run.out()).contains("perechen.json", "points/TP-001");

            // Someone who rewrites the manifest to match is still caught by the tag.
            rewriteManifest(folder);
            TpRun withoutGit = TpRun.in(Files.createDirectories(dir.resolve("elsewhere")), "verify",
                    folder.toString());
            assertThat(withoutGit.exitCode()).as(withoutGit.out()).isZero();
            assertThat(withoutGit.out()).contains(CliMessages.text("verify.no-repository"));
            TpRun withGit = TpRun.in(dir.resolve("elsewhere"), "verify", folder.toString(), "--repo",
                    dir.resolve("register").toString());
            assertThat(withGit.exitCode()).isEqualTo(ExitCode.FINDINGS);
            assertThat(withGit.out()).contains(CliMessages.text("verify.record-changed", "points/TP-001", "", "")
                    .substring(0, 30));
        }
    }

    @Test
    void files_missing_or_added_and_a_dangling_current_are_each_reported() throws Exception {
        try (GitFixture repo = published()) {
            Files.delete(dir.resolve(FOLDER).resolve("perechen.csv"));
            Files.writeString(dir.resolve(FOLDER).resolve("notes.txt"), "приписка");
            Files.writeString(dir.resolve("share/current"), "approved-2099-01-01\n");

            TpRun run = TpRun.in(dir, "verify", "share");

            assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
            assertThat(run.out()).contains(CliMessages.text("verify.file-missing", "perechen.csv"),
                    CliMessages.text("verify.file-added", "notes.txt"),
                    CliMessages.text("verify.current-missing", "current", "", "approved-2099-01-01"),
                    CliMessages.text("verify.differences", 3));
        }
    }

    @Test
    void a_published_version_whose_tag_is_gone_is_reported() throws Exception {
        try (GitFixture repo = published()) {
            repo.git().tagDelete().setTags("approved/2026-04-30").call();

            TpRun run = TpRun.in(dir, "verify", "share");

            assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
            assertThat(run.out()).contains(CliMessages.text("verify.tag-missing", "approved/2026-04-30"));
        }
    }

    @Test
    void signatures_are_checked_and_can_be_required() throws Exception {
        GpgTestKeys.home();
        try (GitFixture repo = GitFixture.withSample(dir)) {
            TpRun.in(dir, "approve", "--act", "05-05/100", "--date", "2026-04-30", "--sign");
            repo.replace("points/minkult/TP-001.yaml", "name: Официальный сайт", "name: Сайт");
            repo.commit("правка");
            TpRun.in(dir, "approve", "--act", "05-05/200", "--date", "2026-05-20");
            TpRun.in(dir, "publish", "--to", "share", "--version", "approved/2026-04-30");
            TpRun.in(dir, "publish", "--to", "share");

            TpRun run = TpRun.in(dir, "verify", "share");
            assertThat(run.exitCode()).as(run.out()).isZero();
            assertThat(run.out()).contains(CliMessages.text("verify.signature.verified", GpgTestKeys.USER),
                    CliMessages.text("verify.signature.not-signed"));

            TpRun required = TpRun.in(dir, "verify", "share", "--require-signature");
            assertThat(required.exitCode()).isEqualTo(ExitCode.FINDINGS);
            assertThat(required.out()).contains(CliMessages.text("verify.signature-missing", "approved/2026-05-20",
                    "", "not-signed"), CliMessages.text("verify.differences", 1));
        }
    }

    @Test
    void a_folder_that_is_not_a_publication_is_a_usage_error() throws Exception {
        Files.createDirectories(dir.resolve("empty/approved-2026-01-01"));
        TpRun run = TpRun.in(dir, "verify", "empty");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo(CliMessages.error("verify.not-a-publication", "empty"));
        assertThat(TpRun.in(dir, "verify", "nowhere").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    /** What a forger who knows the format does: the manifest made to agree with the edited files. */
    private static void rewriteManifest(Path folder) throws Exception {
        Manifest old = Manifest.read(folder).orElseThrow();
        List<Manifest.FileEntry> files = new ArrayList<>();
        for (Manifest.FileEntry file : old.files()) {
            byte[] bytes = Files.readAllBytes(folder.resolve(file.path()));
            files.add(new Manifest.FileEntry(file.path(), bytes.length, RecordDigestsAccess.sha256(bytes)));
        }
        RecordDigests records;
        try (InputStream in = Files.newInputStream(folder.resolve("perechen.json"))) {
            records = RecordDigests.of(in);
        }
        Manifest forged = new Manifest(old.version(), old.act(), old.date(), old.commit(), old.digest(), old.tool(),
                files, records);
        Files.write(folder.resolve(Manifest.FILE), forged.toBytes());
    }
}
