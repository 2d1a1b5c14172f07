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

class HistoryCommandTest {

    private static final Messages HISTORY = Messages.of("ru.perechen.tp.history.history", Language.RUSSIAN);

    @TempDir
    Path dir;

    @Test
    void followsOnePointAcrossApprovedVersions() throws Exception {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            repo.delete("points/library/TP-040.yaml");
            repo.commit("без TP-040");
            approve(dir, "1", "2026-01-10");
            repo.copySample();
            repo.commit("TP-040 включена");
            approve(dir, "2", "2026-02-10");
            repo.replace("points/minkult/TP-001.yaml", "name: ", "name: Сайт. ");
            repo.commit("другая точка");
            approve(dir, "3", "2026-03-10");
            repo.replace("points/library/TP-040.yaml", "kind: phone", "kind: reception");
            repo.commit("вид TP-040");
            approve(dir, "4", "2026-04-10");
            repo.delete("points/library/TP-040.yaml");
            repo.commit("TP-040 исключена");
            approve(dir, "5", "2026-05-10");

            TpRun run = TpRun.in(dir, "history", "TP-040");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
            assertThat(run.out()).isEqualTo(HISTORY.text("history.title", "TP-040") + "\n"
                    + "\napproved/2026-02-10: акт 2 от 10.02.2026\n"
                    + "  " + HISTORY.text("change.point-included") + " [п. 1.4]\n"
                    + "\napproved/2026-04-10: акт 4 от 10.04.2026\n"
                    + "  вид точки: «Телефонная связь» (phone) → «Место личного приёма граждан» (reception) [п. 6.3.2]\n"
                    + "\napproved/2026-05-10: акт 5 от 10.05.2026\n"
                    + "  " + HISTORY.text("change.point-excluded") + " [п. 1.4]\n");

            JsonNode json = new ObjectMapper().readTree(TpRun.in(dir, "history", "TP-040", "--format", "json").out());
            assertThat(json.get("versions")).hasSize(3);
            assertThat(json.get("versions").get(1).get("version").get("act").asText()).isEqualTo("4");
            assertThat(json.get("versions").get(1).get("changes").get(0).get("type").asText())
                    .isEqualTo("kind-changed");
        }
    }

    private static void approve(Path dir, String act, String date) {
        TpRun run = TpRun.in(dir, "approve", "--act", act, "--date", date);
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(0);
    }

    @Test
    void saysSoForAnIdNoVersionHas() {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            approve(dir, "1", "2026-01-10");

            TpRun run = TpRun.in(dir, "history", "TP-999");

            assertThat(run.exitCode()).isEqualTo(0);
            assertThat(run.out()).isEqualTo(HISTORY.text("history.none", "TP-999") + "\n");
        }
    }
}
