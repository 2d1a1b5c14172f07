package ru.perechen.tp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.perechen.tp.history.GitFixture;
import ru.perechen.tp.i18n.Language;
import ru.perechen.tp.i18n.Messages;

/**
 * {@code tp ci} in repositories made as a ministry would make them: {@code tp init} in a Git
 * repository, records committed, then a pull request's commit. The platform is told by the same
 * variables GitHub and GitLab set.
 */
class CiCommandTest {

    private static final Messages PIPELINE = Messages.of("ru.perechen.tp.pipeline.pipeline", Language.RUSSIAN);
    private static final Messages PIPELINE_EN = Messages.of("ru.perechen.tp.pipeline.pipeline", Language.ENGLISH);

    private static final String PROCESS = """
            id: PR-001
            name: Рассмотрение обращений граждан
            client: external
            category: appeals
            scope: intra-agency
            unit: otdel
            basis:
              - type: law
                title: Федеральный закон от 02.05.2006 № 59-ФЗ «О порядке рассмотрения обращений граждан Российской Федерации»
            """;

    /** A point without findings of its own. */
    private static final String EMAIL = """
            id: TP-001
            name: Электронная почта для обращений
            kind: email
            channel: online
            organization: minkult
            unit: otdel
            address: mailto:obr@minkult.example.ru
            processes:
              - process: PR-001
                needs: [information]
            basis:
              - type: law
                title: Федеральный закон от 02.05.2006 № 59-ФЗ «О порядке рассмотрения обращений граждан Российской Федерации»
            requirements:
              public: met
              official-appeals: met
              free-access: met
              data-protection: met
              action-feedback: met
              easy-forms: met
              satisfaction-rating: met
              reply-templates: met
              survey-link: n/a
            accessibility: [vision]
            """;

    /** A point with two errors from the start: no requirements, an address that is no phone number. */
    private static final String PHONE = """
            id: TP-002
            name: Телефон для справок
            kind: phone
            channel: offline
            organization: minkult
            unit: otdel
            address: tel:+74712000000
            processes:
              - process: PR-001
                needs: [information]
            """;

    @TempDir
    Path dir;

    /**
     * A repository laid out by {@code tp init register}, with one process and two points (TP-002
     * with old errors) committed on {@code main}, {@code origin/main} pointing there as a CI clone
     * has it, and then a commit that breaks TP-001's address: what a pull request brings.
     */
    private GitFixture pullRequestThatBreaksARule() throws Exception {
        GitFixture repo = GitFixture.init(dir);
        TpRun init = TpRun.in(dir, "init", "register", "--organization-name", "Министерство культуры",
                "--organization-id", "minkult", "--unit-id", "otdel", "--unit-name", "Отдел обращений",
                "--authorized-person", "Иванова Мария Петровна", "--position", "консультант");
        assertThat(init.exitCode()).as(init.err()).isZero();
        repo.write("processes/PR-001.yaml", PROCESS);
        repo.write("points/TP-001.yaml", EMAIL);
        repo.write("points/TP-002.yaml", PHONE);
        ObjectId main = repo.commit("Перечень").getId();
        RefUpdate origin = repo.git().getRepository().updateRef("refs/remotes/origin/main");
        origin.setNewObjectId(main);
        origin.forceUpdate();
        repo.replace("points/TP-001.yaml", "address: mailto:obr@minkult.example.ru", "address: obr-minkult");
        repo.commit("Новый адрес почты");
        return repo;
    }

    /** The workflow commands among the output: what GitHub turns into annotations. */
    private static java.util.List<String> annotations(TpRun run) {
        return run.out().lines().filter(line -> line.startsWith("::")).toList();
    }

    private static Map<String, String> github(String... more) {
        Map<String, String> variables = new HashMap<>(Map.of("GITHUB_ACTIONS", "true"));
        for (int i = 0; i < more.length; i += 2) {
            variables.put(more[i], more[i + 1]);
        }
        return variables;
    }

    @Test
    void aPullRequestThatBreaksARuleFailsWithAnAnnotationOnTheChangedFileOnly() throws Exception {
        try (GitFixture repo = pullRequestThatBreaksARule()) {
            TpRun run = TpRun.in(repo.register(), github(), "ci", "--changed-since", "HEAD~1");

            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
            assertThat(annotations(run)).singleElement().asString()
                    .startsWith("::error file=register/points/TP-001.yaml,line=7,col=10,title=address-format");
            assertThat(run.showsStackTrace()).isFalse();

            // Pushed to a branch, with no pull request, the whole register is checked: the old errors show.
            TpRun push = TpRun.in(repo.register(), github(), "ci");
            assertThat(push.exitCode()).isEqualTo(1);
            assertThat(push.out()).contains("::error file=register/points/TP-001.yaml,",
                    "::error file=register/points/TP-002.yaml,line=1,", "::error file=register/points/TP-002.yaml,line=7,");
        }
    }

    @Test
    void onAGithubPullRequestTheBaseBranchIsTheDefault() throws Exception {
        try (GitFixture repo = pullRequestThatBreaksARule()) {
            TpRun run = TpRun.in(repo.register(), github("GITHUB_BASE_REF", "main"), "ci");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(annotations(run)).singleElement().asString().startsWith("::error file=register/points/TP-001.yaml,");
            assertThat(run.out()).contains(PIPELINE.text("check.scope.changed", "origin/main"));
        }
    }

    @Test
    void onAGitlabMergeRequestTheDiffBaseIsTheDefaultAndTheReportIsAFile() throws Exception {
        try (GitFixture repo = pullRequestThatBreaksARule()) {
            String base = repo.git().getRepository().resolve("HEAD~1").name();
            Map<String, String> gitlab = Map.of("GITLAB_CI", "true", "CI_MERGE_REQUEST_DIFF_BASE_SHA", base);

            TpRun run = TpRun.in(repo.register(), gitlab, "ci");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).contains("points/TP-001.yaml:7:10: ошибка").doesNotContain("TP-002");
            JsonNode report = new ObjectMapper().readTree(repo.register().resolve("gl-code-quality-report.json").toFile());
            assertThat(report).hasSize(1);
            assertThat(report.get(0).get("location").get("path").asText()).isEqualTo("register/points/TP-001.yaml");
            assertThat(report.get(0).get("check_name").asText()).isEqualTo("address-format");
            String summary = Files.readString(repo.register().resolve("tp-summary.md"), StandardCharsets.UTF_8);
            assertThat(summary).startsWith("## " + PIPELINE.text("title"))
                    .contains(PIPELINE.text("check.counts", 1, 0), PIPELINE.text("check.scope.changed", base.substring(0, 7)));
            assertThat(run.err()).contains(CliMessages.text("ci.written.code-quality", "gl-code-quality-report.json"),
                    CliMessages.text("ci.written.summary", "tp-summary.md"));
        }
    }

    @Test
    void pathsAreRelativeToTheRepositoryWhereverTpCiRuns() throws Exception {
        try (GitFixture repo = pullRequestThatBreaksARule()) {
            Path elsewhere = Files.createDirectories(dir.resolve("docs"));

            TpRun fromRoot = TpRun.in(dir, github(), "ci", "--changed-since", "HEAD~1");
            TpRun fromBeside = TpRun.in(elsewhere, github(), "ci", "--register", "../register", "--changed-since", "HEAD~1");

            assertThat(fromRoot.out()).contains("::error file=register/points/TP-001.yaml,");
            assertThat(fromBeside.out()).contains("::error file=register/points/TP-001.yaml,");
        }
    }

    @Test
    void theSummaryIsAppendedToGithubsStepSummary() throws Exception {
        try (GitFixture repo = pullRequestThatBreaksARule()) {
            Path stepSummary = dir.resolve("step-summary.md");
            Files.writeString(stepSummary, "# Сборка\n\n", StandardCharsets.UTF_8);

            TpRun run = TpRun.in(repo.register(), github("GITHUB_STEP_SUMMARY", stepSummary.toString()), "ci");

            String summary = Files.readString(stepSummary, StandardCharsets.UTF_8);
            assertThat(summary).startsWith("# Сборка\n\n## " + PIPELINE.text("title") + "\n")
                    .contains(PIPELINE.text("check.counts", 4, 15), PIPELINE.text("check.scope.all"))
                    .contains("**TP-001**", "**TP-002**", "**PR-001**")
                    .endsWith(PIPELINE.text("verdict.first") + "\n\n");
            assertThat(run.out()).doesNotContain("## ");
            assertThat(run.err()).contains(CliMessages.text("ci.written.step-summary", "$GITHUB_STEP_SUMMARY"));
        }
    }

    @Test
    void saysWhetherTheChangesSinceTheApprovedVersionRequireActualization() throws Exception {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            assertThat(TpRun.in(dir, "approve", "--act", "1", "--date", "2026-11-30").exitCode()).isZero();
            Path summary = dir.resolve("summary.md");

            TpRun same = TpRun.in(dir, github(), "ci", "--summary", "summary.md");
            assertThat(same.exitCode()).isZero();
            assertThat(Files.readString(summary)).contains(PIPELINE.text("verdict.no-changes"));

            repo.replace("points/library/TP-040.yaml", "\nname: ", "\nname: Новое название ");
            TpRun renamed = TpRun.in(dir, github(), "ci", "--summary", "summary.md");
            assertThat(renamed.exitCode()).isZero();
            assertThat(Files.readString(summary)).contains(PIPELINE.text("verdict.not-required"), "TP-040");

            repo.replace("points/library/TP-040.yaml", "kind: phone", "kind: reception");
            TpRun kind = TpRun.in(dir, github(), "ci", "--summary", "summary.md");
            assertThat(Files.readString(summary)).contains(PIPELINE.text("verdict.required"), "6.3.2",
                    "approved/2026-11-30");
            assertThat(kind.err()).contains(CliMessages.text("ci.written.summary", "summary.md"));
        }
    }

    @Test
    void aShallowCloneIsAWarningInTheSummaryAndValidationDecidesTheExitCode() throws Exception {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            TpRun.in(dir, "approve", "--act", "1", "--date", "2026-11-30");
            // What a depth-1 clone leaves: its one commit recorded as shallow.
            String head = repo.git().getRepository().resolve("HEAD").name();
            Files.writeString(dir.resolve(".git/shallow"), head + "\n");
            Path summary = dir.resolve("summary.md");

            TpRun run = TpRun.in(dir, github(), "ci", "--summary", "summary.md");

            assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
            String shallow = CliMessages.text("git.shallow");
            assertThat(run.out()).contains("::warning title=tp ci::");
            assertThat(run.out().lines().filter(line -> line.startsWith("::warning title=tp ci::")))
                    .singleElement().asString().contains("git fetch --tags --unshallow", "fetch-depth: 0");
            assertThat(Files.readString(summary)).contains(PIPELINE.text("diff.problem", shallow),
                    PIPELINE.text("fetch-history")).doesNotContain("verdict");

            repo.replace("points/library/TP-040.yaml", "kind: phone", "kind: telephone");
            assertThat(TpRun.in(dir, github(), "ci", "--summary", "summary.md").exitCode()).isEqualTo(1);
        }
    }

    @Test
    void aBaseThePlatformNamesButTheCloneLacksMeansTheWholeRegisterWithAWarning() throws Exception {
        try (GitFixture repo = pullRequestThatBreaksARule()) {
            TpRun run = TpRun.in(repo.register(), github("GITHUB_BASE_REF", "release"), "ci");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).contains("file=register/points/TP-002.yaml");
            String unknown = CliMessages.text("git.unknown-ref", "origin/release");
            assertThat(run.out()).contains("::warning title=tp ci::"
                    + CliMessages.text("ci.scope-problem", "origin/release", unknown));
            assertThat(run.out()).contains(PIPELINE.text("check.scope.problem", unknown));
        }
    }

    @Test
    void aRevisionTheUserNamesMustExist() throws Exception {
        try (GitFixture repo = pullRequestThatBreaksARule()) {
            TpRun run = TpRun.in(repo.register(), github(), "ci", "--changed-since", "no-such-branch");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo(CliMessages.error("git.unknown-ref", "no-such-branch"));
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void allAndChangedSinceContradictEachOther() throws Exception {
        try (GitFixture repo = pullRequestThatBreaksARule()) {
            TpRun run = TpRun.in(repo.register(), github(), "ci", "--all", "--changed-since", "HEAD~1");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo(CliMessages.error("ci.all-or-changed-since", "--all", "--changed-since"));

            TpRun all = TpRun.in(repo.register(), github("GITHUB_BASE_REF", "main"), "ci", "--all");
            assertThat(all.out()).contains("file=register/points/TP-002.yaml");
        }
    }

    @Test
    void outsideARepositoryItStillValidatesAndSaysWhyThereIsNoDiff() {
        Path register = CommandRun.sampleRegister(dir);

        TpRun run = TpRun.in(dir, Map.of(), "ci");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Ошибок: 0, предупреждений: 5")
                .contains("## " + PIPELINE.text("title"))
                .contains(PIPELINE.text("diff.problem", CliMessages.text("git.not-a-repository", register)));
        assertThat(run.err()).contains(CliMessages.text("ci.warning",
                CliMessages.text("ci.diff-problem", CliMessages.text("git.not-a-repository", register))));
    }

    @Test
    void theSummaryIsInTheLanguageAskedFor() throws Exception {
        try (GitFixture repo = pullRequestThatBreaksARule()) {
            TpRun run = TpRun.in(repo.register(), Map.of("GITLAB_CI", "true"), "ci", "--lang", "en");

            String summary = Files.readString(repo.register().resolve("tp-summary.md"), StandardCharsets.UTF_8);
            assertThat(summary).startsWith("## " + PIPELINE_EN.text("title"))
                    .contains(PIPELINE_EN.text("check.counts", 4, 15), PIPELINE_EN.text("verdict.first"));
            assertThat(run.out()).contains("Errors: 4, warnings: 15.");
        }
    }

    @Test
    void theSameRunGivesTheSameOutput() throws Exception {
        try (GitFixture repo = pullRequestThatBreaksARule()) {
            TpRun first = TpRun.in(repo.register(), Map.of("GITLAB_CI", "true"), "ci");
            byte[] report = Files.readAllBytes(repo.register().resolve("gl-code-quality-report.json"));
            byte[] summary = Files.readAllBytes(repo.register().resolve("tp-summary.md"));

            TpRun second = TpRun.in(repo.register(), Map.of("GITLAB_CI", "true"), "ci");

            assertThat(second.out()).isEqualTo(first.out());
            assertThat(repo.register().resolve("gl-code-quality-report.json")).hasBinaryContent(report);
            assertThat(repo.register().resolve("tp-summary.md")).hasBinaryContent(summary);
        }
    }
}
