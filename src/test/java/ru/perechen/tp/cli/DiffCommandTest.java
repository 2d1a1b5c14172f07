package ru.perechen.tp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.perechen.tp.history.GitFixture;
import ru.perechen.tp.i18n.Language;
import ru.perechen.tp.i18n.Messages;

class DiffCommandTest {

    private static final Messages HISTORY = Messages.of("ru.perechen.tp.history.history", Language.RUSSIAN);

    @TempDir
    Path dir;

    /** Every kind of change at once, committed after an approval. */
    private void changeEverything(GitFixture repo) {
        repo.replace("points/library/TP-040.yaml", "kind: phone", "kind: reception");
        repo.replace("points/minkult/TP-001.yaml", "  - process: PR-012\n    needs: [information]",
                "  - process: PR-012\n    needs: [information, consultation]");
        repo.write("processes/PR-100.yaml", repo.read("processes/PR-001.yaml").replace("id: PR-001", "id: PR-100"));
        repo.delete("processes/PR-002.yaml");
        repo.write("points/library/TP-100.yaml",
                repo.read("points/library/TP-041.yaml").replace("id: TP-041", "id: TP-100"));
        repo.delete("points/minkult/TP-030.yaml");
        repo.move("points/minkult/TP-010.yaml", "points/moved/TP-010.yaml");
        repo.replace("processes/PR-003.yaml", "\nname: ", "\nname: Новое название. ");
    }

    @Test
    void listsEachTypeOfChangeWithItsClause() throws Exception {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            assertThat(TpRun.in(dir, "approve", "--act", "1", "--date", "2026-11-30").exitCode()).isEqualTo(0);
            changeEverything(repo);
            repo.commit("изменения");

            TpRun run = TpRun.in(dir, "diff", "--format", "json");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
            JsonNode json = new ObjectMapper().readTree(run.out());
            assertThat(json.get("from").get("ref").asText()).isEqualTo("approved/2026-11-30");
            assertThat(json.get("to").get("ref").asText()).isEqualTo("worktree");
            assertThat(json.get("to").get("commit").isNull()).isTrue();
            assertThat(json.get("actualization-required").asBoolean()).isTrue();
            assertThat(summaries(json)).containsExactly(
                    "process-included PR-100 6.3.1",
                    "process-excluded PR-002 6.3.1",
                    "point-included TP-100 1.4",
                    "point-excluded TP-030 1.4",
                    "kind-changed TP-040 6.3.2 phone→reception",
                    "needs-changed TP-001 6.3.3 PR-002 +[] -[information, forms]",
                    "needs-changed TP-001 6.3.3 PR-012 +[consultation] -[]",
                    "needs-changed TP-008 6.3.3 PR-002 +[] -[information, submission, result]",
                    "needs-changed TP-013 6.3.3 PR-002 +[] -[consultation]",
                    "needs-changed TP-019 6.3.3 PR-002 +[] -[information, consultation]",
                    "needs-changed TP-023 6.3.3 PR-002 +[] -[consultation, forms, submission, result]",
                    "needs-changed TP-055 6.3.3 PR-002 +[] -[information, consultation, forms, submission, result]",
                    "needs-changed TP-056 6.3.3 PR-002 +[] -[information]",
                    "needs-changed TP-057 6.3.3 PR-002 +[] -[information]",
                    "needs-changed TP-058 6.3.3 PR-002 +[] -[other]",
                    "field-changed PR-003 null name");
            JsonNode kind = json.get("changes").get(4);
            assertThat(kind.get("file").asText()).isEqualTo("points/library/TP-040.yaml");
            assertThat(json.get("changes").get(1).get("file").asText()).isEqualTo("processes/PR-002.yaml");
        }
    }

    @Test
    void textGroupsChangesUnderTheirClauses() {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            TpRun.in(dir, "approve", "--act", "1", "--date", "2026-11-30");
            String approved = head(repo);
            repo.replace("points/library/TP-040.yaml", "kind: phone", "kind: reception");
            repo.commit("вид точки");

            TpRun run = TpRun.in(dir, "diff");

            assertThat(run.exitCode()).isEqualTo(0);
            assertThat(run.out()).isEqualTo(HISTORY.text("diff.title", "approved/2026-11-30 ("
                    + approved.substring(0, 7) + ")", HISTORY.text("side.worktree")) + "\n\n"
                    + "п. 6.3.2. Изменение вида точки взаимодействия\n"
                    + "  TP-040: вид точки: «Телефонная связь» (phone) → «Место личного приёма граждан» (reception)"
                    + " (points/library/TP-040.yaml)\n\n"
                    + HISTORY.text("diff.total", 1) + " " + HISTORY.text("diff.actualization") + "\n");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void markdownHasASummaryTableThenDetails() {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            TpRun.in(dir, "approve", "--act", "1", "--date", "2026-11-30");
            repo.replace("points/library/TP-040.yaml", "kind: phone", "kind: reception");
            repo.replace("processes/PR-003.yaml", "\nname: ", "\nname: Важно *срочно* ");

            TpRun run = TpRun.in(dir, "diff", "--format", "markdown");

            assertThat(run.exitCode()).isEqualTo(0);
            assertThat(run.out()).contains("| 6.3.2 | " + HISTORY.text("type.kind-changed") + " | 1 |\n"
                    + "| — | " + HISTORY.text("type.field-changed") + " | 1 |\n");
            assertThat(run.out()).contains("- **TP-040**: вид точки: «Телефонная связь» (phone) → "
                    + "«Место личного приёма граждан» (reception) — `points/library/TP-040.yaml`");
            assertThat(run.out()).contains("«Важно \\*срочно\\* ");
        }
    }

    @Test
    void aMovedFileWithTheSameIdIsNoChange() {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            TpRun.in(dir, "approve", "--act", "1", "--date", "2026-11-30");
            repo.move("points/minkult/TP-010.yaml", "points/elsewhere/TP-010.yaml");
            repo.move("processes/PR-001.yaml", "processes/minkult/PR-001.yaml");
            repo.commit("перенос");

            TpRun run = TpRun.in(dir, "diff", "--format", "json", "latest", "HEAD");

            assertThat(run.exitCode()).isEqualTo(0);
            assertThat(run.out()).contains("\"changes\" : [ ]");
            assertThat(run.out()).contains("\"actualization-required\" : false");
        }
    }

    @Test
    void withoutApprovedVersionsComparesWithTheEmptyRegisterAndSaysSo() {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            TpRun run = TpRun.in(dir, "diff");

            assertThat(run.exitCode()).isEqualTo(0);
            assertThat(run.out()).startsWith(HISTORY.text("diff.title", HISTORY.text("side.empty"),
                    HISTORY.text("side.worktree")) + "\n" + HISTORY.text("diff.note.empty-from") + "\n");
            assertThat(run.out()).contains(HISTORY.text("diff.total", 58 + 33));
        }
    }

    @Test
    void comparesTwoNamedRevisions() {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            String first = head(repo);
            repo.delete("points/minkult/TP-030.yaml");
            repo.commit("исключена точка");

            TpRun run = TpRun.in(dir, "diff", "--format", "json", first, "main");

            assertThat(run.exitCode()).isEqualTo(0);
            assertThat(run.out()).contains("\"type\" : \"point-excluded\"", "\"commit\" : \"" + first + "\"");
            assertThat(run.out()).contains("\"actualization-required\" : false");
        }
    }

    @Test
    void worksOnADetachedHead() throws Exception {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            String first = head(repo);
            repo.delete("points/minkult/TP-030.yaml");
            repo.commit("исключена точка");
            repo.git().checkout().setName(first).call();

            TpRun run = TpRun.in(dir, "diff", "--format", "json", "HEAD", "main");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
            assertThat(run.out()).contains("\"type\" : \"point-excluded\"");
        }
    }

    @Test
    void anUnknownRefIsAClearError() {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            TpRun run = TpRun.in(dir, "diff", "approved/1999-01-01", "HEAD");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo(CliMessages.error("git.unknown-ref", "approved/1999-01-01"));
        }
    }

    @Test
    void aFolderOutsideGitIsAClearError() throws Exception {
        Path register = Files.createDirectories(dir.resolve("register"));
        Files.writeString(register.resolve("register.yaml"), "format: 1\n");

        TpRun run = TpRun.in(dir, "diff");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(CliMessages.error("git.not-a-repository", register));
    }

    @Test
    void aLightweightTagUnderApprovedIsReportedNotSkipped() throws Exception {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            repo.git().tag().setName("approved/2026-11-30").setAnnotated(false).call();

            TpRun run = TpRun.in(dir, "diff");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo(CliMessages.error("git.approval-lightweight", "approved/2026-11-30"));
        }
    }

    @Test
    void anUnreadableChangedFileIsNamedNotShownAsAnExclusion() {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            TpRun.in(dir, "approve", "--act", "1", "--date", "2026-11-30");
            repo.write("points/library/TP-040.yaml", "id: [TP-040\n");
            repo.replace("processes/PR-003.yaml", "\nname: ", "\nname: *alias ");

            TpRun run = TpRun.in(dir, "diff", "--format", "json");

            assertThat(run.out()).contains("\"unreadable\" : [ \"points/library/TP-040.yaml\", \"processes/PR-003.yaml\" ]");
            assertThat(run.out()).contains("\"changes\" : [ ]");
        }
    }

    private static String head(GitFixture repo) {
        try {
            return repo.git().getRepository().resolve("HEAD").name();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> summaries(JsonNode json) {
        List<String> lines = new ArrayList<>();
        for (JsonNode change : json.get("changes")) {
            String line = change.get("type").asText() + " " + change.get("id").asText() + " "
                    + (change.get("clause").isNull() ? "null" : change.get("clause").asText());
            switch (change.get("type").asText()) {
                case "kind-changed" -> line += " " + change.get("from").asText() + "→" + change.get("to").asText();
                case "needs-changed" -> line += " " + change.get("process").asText() + " +" + list(change.get("added"))
                        + " -" + list(change.get("removed"));
                case "field-changed" -> line += " " + change.get("field").asText();
                default -> {
                }
            }
            lines.add(line);
        }
        return lines;
    }

    private static String list(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values.toString();
    }
}
