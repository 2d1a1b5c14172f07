package ru.perechen.tp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.perechen.tp.history.GitFixture;
import ru.perechen.tp.i18n.Language;
import ru.perechen.tp.i18n.Messages;

class VersionsCommandTest {

    private static final Messages HISTORY = Messages.of("ru.perechen.tp.history.history", Language.RUSSIAN);

    @TempDir
    Path dir;

    @Test
    void listsApprovedVersionsNewestFirst() throws Exception {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            TpRun.in(dir, "approve", "--act", "05-05/100", "--date", "2026-11-30");
            String first = repo.git().getRepository().resolve("HEAD").name();
            repo.delete("points/minkult/TP-030.yaml");
            repo.commit("исключена точка");
            String second = repo.git().getRepository().resolve("HEAD").name();
            TpRun.in(dir, "approve", "--act", "05-05/101", "--date", "2026-11-30");
            TpRun.in(dir, "approve", "--act", "05-05/7", "--date", "2027-01-15");

            TpRun text = TpRun.in(dir, "versions");

            assertThat(text.exitCode()).isEqualTo(0);
            assertThat(text.out()).isEqualTo(""
                    + "ТЕГ                    АКТ        ДАТА        КОММИТ   ТОЧЕК  ПРОЦЕССОВ\n"
                    + "approved/2027-01-15    05-05/7    15.01.2027  " + second.substring(0, 7) + "  57     33\n"
                    + "approved/2026-11-30.2  05-05/101  30.11.2026  " + second.substring(0, 7) + "  57     33\n"
                    + "approved/2026-11-30    05-05/100  30.11.2026  " + first.substring(0, 7) + "  58     33\n");

            TpRun json = TpRun.in(dir, "versions", "--format", "json");
            JsonNode versions = new ObjectMapper().readTree(json.out()).get("versions");
            assertThat(versions).hasSize(3);
            assertThat(versions.get(2).get("tag").asText()).isEqualTo("approved/2026-11-30");
            assertThat(versions.get(2).get("act").asText()).isEqualTo("05-05/100");
            assertThat(versions.get(2).get("date").asText()).isEqualTo("2026-11-30");
            assertThat(versions.get(2).get("commit").asText()).isEqualTo(first);
            assertThat(versions.get(2).get("points").asInt()).isEqualTo(58);
            assertThat(versions.get(2).get("processes").asInt()).isEqualTo(33);
            assertThat(versions.get(2).get("digest").asText()).matches("sha256:[0-9a-f]{64}");
            // the same content approved twice has the same digest; another content another one
            assertThat(versions.get(0).get("digest")).isEqualTo(versions.get(1).get("digest"));
            assertThat(versions.get(1).get("digest")).isNotEqualTo(versions.get(2).get("digest"));
        }
    }

    @Test
    void saysSoWhenNothingIsApproved() {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            TpRun run = TpRun.in(dir, "versions");

            assertThat(run.exitCode()).isEqualTo(0);
            assertThat(run.out()).isEqualTo(HISTORY.text("versions.none") + "\n");
        }
    }

    @Test
    void aTagWhoseMessageIsNotAnApprovalIsAClearError() throws Exception {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            repo.git().tag().setName("approved/2026-11-30").setAnnotated(true).setMessage("утверждено\n").call();

            TpRun run = TpRun.in(dir, "versions");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo(CliMessages.error("git.approval-bad-message", "approved/2026-11-30", "yaml"));
        }
    }

    @Test
    void aTagWithAnotherNameUnderApprovedIsAClearError() throws Exception {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            repo.git().tag().setName("approved/first").setAnnotated(true).setMessage("x\n").call();

            TpRun run = TpRun.in(dir, "versions");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo(CliMessages.error("git.approval-bad-name", "approved/first"));
        }
    }

    @Test
    void aRemoteFetchedWithoutTagsIsNotTakenForNoApprovals() throws Exception {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            var config = repo.git().getRepository().getConfig();
            config.setString("remote", "origin", "url", "https://example.ru/register.git");
            config.setString("remote", "origin", "tagopt", "--no-tags");
            config.save();

            TpRun run = TpRun.in(dir, "versions");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo(CliMessages.error("git.tags-not-fetched", "origin"));
        }
    }
}
