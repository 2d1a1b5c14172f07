package ru.perechen.tp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.history.GitFixture;
import ru.perechen.tp.publish.Manifest;

/** {@code tp publish} and {@code tp status} on a real repository, after {@code tp approve}. */
class PublishFromGitTest {

    @TempDir
    Path dir;

    @Test
    void publishes_the_approved_version_from_its_tag_not_from_the_working_tree() throws Exception {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            RevCommit head = repo.git().log().setMaxCount(1).call().iterator().next();
            assertThat(TpRun.in(dir, "approve", "--act", "05-05/100", "--date", "2026-04-30").exitCode()).isZero();
            repo.replace("points/minkult/TP-001.yaml", "name: Официальный сайт", "name: Несогласованная правка сайта");

            TpRun published = TpRun.in(dir, "publish", "--to", "share");

            Path folder = dir.resolve("share/approved-2026-04-30");
            assertThat(published.exitCode()).as(published.err()).isZero();
            assertThat(published.out()).startsWith(CliMessages.text("publish.done", "approved/2026-04-30", folder));
            Manifest manifest = Manifest.read(folder).orElseThrow();
            assertThat(manifest.version()).isEqualTo("approved/2026-04-30");
            assertThat(manifest.act()).isEqualTo("05-05/100");
            assertThat(manifest.commit()).isEqualTo(head.name());
            String page = Files.readString(folder.resolve("index.html"));
            assertThat(page).contains("05-05/100", "TP-058").doesNotContain("Несогласованная правка");
            assertThat(Files.readString(dir.resolve("share/current")).strip()).isEqualTo("approved-2026-04-30");

            TpRun status = TpRun.in(dir, "status", "--published", "share", "--as-of", "2026-06-01", "--format", "json");
            assertThat(status.exitCode()).as(status.err()).isZero();
            assertThat(status.out()).contains("\"published\" : true", "\"overdue\" : false",
                    "\"deadline\" : \"2026-05-18\"");

            TpRun draft = TpRun.in(dir, "publish", "--draft", "--to", "share");
            assertThat(draft.exitCode()).as(draft.err()).isZero();
            assertThat(Files.readString(dir.resolve("share/draft/index.html")))
                    .contains("Несогласованная правка", "ПРОЕКТ", "approved/2026-04-30");
            assertThat(Files.readString(dir.resolve("share/draft/perechen.json")))
                    .contains("\"type\": \"field-changed\"", "\"id\": \"TP-001\"");
        }
    }

    @Test
    void the_changes_since_the_previous_approved_version_are_published() throws Exception {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            TpRun.in(dir, "approve", "--act", "05-05/100", "--date", "2026-04-30");
            repo.delete("points/mfc/TP-058.yaml");
            repo.commit("exclude TP-058");
            TpRun.in(dir, "approve", "--act", "05-05/200", "--date", "2026-05-20");

            TpRun published = TpRun.in(dir, "publish", "--to", "share");

            assertThat(published.exitCode()).as(published.err()).isZero();
            String page = Files.readString(dir.resolve("share/approved-2026-05-20/index.html"));
            assertThat(page).contains("Изменения с версии approved/2026-04-30", "Исключена точка", "TP-058");
            assertThat(TpRun.in(dir, "publish", "--to", "share", "--version", "approved/2026-04-30").exitCode()).isZero();
            assertThat(Files.readString(dir.resolve("share/current")).strip()).isEqualTo("approved-2026-05-20");
        }
    }

    @Test
    void outside_a_repository_it_says_so() throws Exception {
        CommandRun.sampleRegister(dir);
        TpRun run = TpRun.in(dir, "publish", "--to", "share");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("tp: ");
        assertThat(dir.resolve("share")).doesNotExist();
    }

    @Test
    void with_no_approval_yet_it_asks_for_tp_approve() throws Exception {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            TpRun run = TpRun.in(dir, "publish", "--to", "share");

            assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).isEqualTo(CliMessages.error("publish.error.no-approved"));
        }
    }
}
