package ru.perechen.tp.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files of the register changed since a revision: what {@code --changed-since} narrows findings to. */
class RegisterRepositoryChangesTest {

    @TempDir
    Path dir;

    @Test
    void committedStagedUnstagedNewAndDeletedFilesAllCountAsRegisterRelativePaths() throws Exception {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            String base = head(repo);
            repo.replace("points/library/TP-040.yaml", "kind: phone", "kind: reception");
            repo.writeInRepository("README.md", "вне Перечня\n");
            repo.commit("committed");
            repo.replace("points/library/TP-041.yaml", "\nname: ", "\nname: Ещё ");
            repo.git().add().addFilepattern("register/points/library/TP-041.yaml").call();
            repo.replace("processes/PR-003.yaml", "\nname: ", "\nname: Новое ");
            repo.write("points/new/TP-100.yaml", "id: TP-100\n");
            repo.delete("points/minkult/TP-030.yaml");
            repo.writeInRepository("docs/notes.yaml", "вне Перечня\n");

            try (RegisterRepository repository = RegisterRepository.open(repo.register())) {
                assertThat(repository.changedSince(repository.resolve(base))).containsExactly(
                        "points/library/TP-040.yaml",
                        "points/library/TP-041.yaml",
                        "points/minkult/TP-030.yaml",
                        "points/new/TP-100.yaml",
                        "processes/PR-003.yaml");
                assertThat(repository.changedSince(repository.resolve("HEAD"))).containsExactly(
                        "points/library/TP-041.yaml",
                        "points/minkult/TP-030.yaml",
                        "points/new/TP-100.yaml",
                        "processes/PR-003.yaml");
            }
        }
    }

    @Test
    void aFileChangedAndChangedBackIsNotAChange() throws Exception {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            String base = head(repo);
            String original = repo.read("points/library/TP-040.yaml");
            repo.replace("points/library/TP-040.yaml", "kind: phone", "kind: reception");
            repo.commit("changed");
            repo.write("points/library/TP-040.yaml", original);

            try (RegisterRepository repository = RegisterRepository.open(repo.register())) {
                assertThat(repository.changedSince(repository.resolve(base))).isEmpty();
                assertThat(repository.changedSince(repository.resolve("HEAD"))).containsExactly("points/library/TP-040.yaml");
            }
        }
    }

    @Test
    void lineEndingsThatGitWouldNormaliseAreNotAChange() throws Exception {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            var config = repo.git().getRepository().getConfig();
            config.setString("core", null, "autocrlf", "true");
            config.save();
            String text = repo.read("points/library/TP-040.yaml");
            repo.write("points/library/TP-040.yaml", text.replace("\n", "\r\n"));

            try (RegisterRepository repository = RegisterRepository.open(repo.register())) {
                assertThat(repository.changedSince(repository.resolve("HEAD"))).isEmpty();
            }
        }
    }

    @Test
    void betweenTwoRevisionsOnlyCommittedChangesCount() throws Exception {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            String base = head(repo);
            repo.replace("points/library/TP-040.yaml", "kind: phone", "kind: reception");
            repo.commit("committed");
            repo.replace("points/library/TP-041.yaml", "\nname: ", "\nname: Ещё ");

            try (RegisterRepository repository = RegisterRepository.open(repo.register())) {
                assertThat(repository.changedBetween(repository.resolve(base), repository.resolve("HEAD")))
                        .containsExactly("points/library/TP-040.yaml");
            }
        }
    }

    @Test
    void aRegisterAtTheRootOfTheRepositoryKeepsItsPaths() throws Exception {
        try (GitFixture repo = GitFixture.init(dir)) {
            repo.writeInRepository("register.yaml", "format: 1\n");
            repo.writeInRepository("points/TP-1.yaml", "id: TP-1\n");
            repo.commit("Перечень");
            String base = head(repo);
            repo.writeInRepository("points/TP-1.yaml", "id: TP-1\nname: Точка\n");

            try (RegisterRepository repository = RegisterRepository.open(dir)) {
                assertThat(repository.changedSince(repository.resolve(base))).containsExactly("points/TP-1.yaml");
                assertThat(repository.workTree()).isEqualTo(dir.toRealPath());
            }
        }
    }

    @Test
    void aRevisionFromBeforeTheRegisterHasNoRegisterToLoad() throws Exception {
        try (GitFixture repo = GitFixture.init(dir)) {
            repo.writeInRepository("README.md", "Перечень будет здесь\n");
            repo.commit("начало");
            String empty = head(repo);
            repo.copySample();
            repo.commit("Перечень");

            try (RegisterRepository repository = RegisterRepository.open(repo.register())) {
                Revision before = repository.resolve(empty);
                assertThat(repository.loadIfPresent(before)).isEmpty();
                assertThat(repository.loadIfPresent(repository.resolve("HEAD"))).get()
                        .satisfies(register -> assertThat(register.points()).hasSize(58));
                assertThatThrownBy(() -> repository.load(before)).isInstanceOf(RepositoryException.class)
                        .satisfies(e -> assertThat(((RepositoryException) e).userMessage().key())
                                .isEqualTo("git.no-register-at"));
                assertThat(repository.changedSince(before)).hasSize(58 + 33 + 1 + countOtherFiles(repo));
            }
        }
    }

    /** Files of the sample register besides register.yaml and the records (a README, say). */
    private static int countOtherFiles(GitFixture repo) throws Exception {
        try (var files = java.nio.file.Files.walk(repo.register())) {
            return (int) files.filter(java.nio.file.Files::isRegularFile).count() - 58 - 33 - 1;
        }
    }

    static String head(GitFixture repo) throws Exception {
        return repo.git().getRepository().resolve("HEAD").name();
    }
}
