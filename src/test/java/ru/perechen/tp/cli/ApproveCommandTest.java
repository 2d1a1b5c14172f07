package ru.perechen.tp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.history.GitFixture;

class ApproveCommandTest {

    @TempDir
    Path dir;

    @Test
    void createsAnAnnotatedTagForTheDayAndASecondOneWithASequence() throws Exception {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            TpRun first = TpRun.in(dir, "approve", "--act", "05-05/100", "--date", "2026-11-30");
            RevCommit head = repo.git().log().setMaxCount(1).call().iterator().next();

            assertThat(first.exitCode()).as(first.err()).isEqualTo(0);
            assertThat(first.out()).isEqualTo(CliMessages.text("approve.created", "approved/2026-11-30", "05-05/100",
                    "2026-11-30", head.name().substring(0, 7), 58, 33) + "\n"
                    + CliMessages.text("approve.push", "approved/2026-11-30") + "\n");

            TpRun second = TpRun.in(dir, "approve", "--act", "05-05/101", "--date", "2026-11-30");
            assertThat(second.exitCode()).isEqualTo(0);
            assertThat(repo.tags()).containsExactly("approved/2026-11-30", "approved/2026-11-30.2");

            RevTag tag = tag(repo, "approved/2026-11-30");
            assertThat(tag.getObject().name()).isEqualTo(head.name());
            assertThat(tag.getTaggerIdent().getName()).isEqualTo("Иванова Мария");
            assertThat(tag.getFullMessage()).matches("""
                    act: "05-05/100"
                    date: 2026-11-30
                    points: 58
                    processes: 33
                    digest: sha256:[0-9a-f]{64}
                    """);
        }
    }

    @Test
    void byNamesTheTagger() throws Exception {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            TpRun run = TpRun.in(dir, "approve", "--act", "1", "--date", "2026-12-01", "--by",
                    "Петров Пётр <petrov@example.ru>");

            assertThat(run.exitCode()).isEqualTo(0);
            RevTag tag = tag(repo, "approved/2026-12-01");
            assertThat(tag.getTaggerIdent().getName()).isEqualTo("Петров Пётр");
            assertThat(tag.getTaggerIdent().getEmailAddress()).isEqualTo("petrov@example.ru");
        }
    }

    @Test
    void refusesAMalformedBy() {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            TpRun run = TpRun.in(dir, "approve", "--act", "1", "--by", "Петров");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo(CliMessages.error("approve.bad-by"));
            assertThat(repo.tags()).isEmpty();
        }
    }

    @Test
    void refusesARegisterWithErrorsAndCreatesNoTag() {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            repo.replace("points/library/TP-040.yaml", "kind: phone\n", "");
            repo.commit("точка без вида");

            TpRun run = TpRun.in(dir, "approve", "--act", "05-05/100", "--date", "2026-11-30");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).contains("register/points/library/TP-040.yaml");
            assertThat(run.err()).isEqualTo(CliMessages.error("approve.refused", 1));
            assertThat(repo.tags()).isEmpty();
        }
    }

    @Test
    void refusesUncommittedChangesInTheRegisterFolder() {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            repo.replace("points/library/TP-040.yaml", "kind: phone", "kind: reception");

            TpRun run = TpRun.in(dir, "approve", "--act", "05-05/100", "--date", "2026-11-30");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo(CliMessages.error("approve.uncommitted", "register/points/library/TP-040.yaml"));
            assertThat(repo.tags()).isEmpty();
        }
    }

    @Test
    void approvesACommittedRevisionWhateverTheWorkingTreeHolds() {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            repo.write("points/TP-999.yaml", "id: TP-999\n");

            TpRun run = TpRun.in(dir, "approve", "--act", "7", "--date", "2026-11-30", "--rev", "main");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
            assertThat(repo.tags()).containsExactly("approved/2026-11-30");
        }
    }

    @Test
    void refusesAnEmptyAct() {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            TpRun run = TpRun.in(dir, "approve", "--act", "  ");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo(CliMessages.error("approve.bad-act"));
        }
    }

    @Test
    void refusesARepositoryWithoutCommits() {
        try (GitFixture repo = GitFixture.init(dir)) {
            repo.copySample();

            TpRun run = TpRun.in(dir, "approve", "--act", "1");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo(CliMessages.error("git.no-commits"));
        }
    }

    private static RevTag tag(GitFixture repo, String name) throws Exception {
        Ref ref = repo.git().getRepository().exactRef("refs/tags/" + name);
        try (RevWalk walk = new RevWalk(repo.git().getRepository())) {
            return walk.parseTag(ref.getObjectId());
        }
    }
}
