package ru.perechen.tp.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.model.Change;
import ru.perechen.tp.model.Register;

/**
 * The diff between two revisions reads only what differs (subtrees with equal ids are skipped, only
 * changed files parsed); it must find exactly what comparing the two whole registers finds. Checked
 * over a chain of commits with seeded random edits: kinds, needs, moves, new, deleted and renamed
 * files, excluded processes, sub-folders that appear and vanish.
 */
class VersionDiffAgreementTest {

    @TempDir
    Path dir;

    @Test
    void readingOnlyWhatDiffersFindsWhatComparingEverythingFinds() throws Exception {
        Random random = new Random(46);
        List<RevCommit> commits = new ArrayList<>();
        try (GitFixture repo = GitFixture.withSample(dir)) {
            commits.add(repo.commit("начало"));
            for (int round = 0; round < 12; round++) {
                for (int edit = 0; edit < 1 + random.nextInt(6); edit++) {
                    edit(repo, random);
                }
                commits.add(repo.commit("правка " + round));
            }
            try (RegisterRepository repository = RegisterRepository.open(repo.register())) {
                for (int i = 0; i < 30; i++) {
                    RevCommit from = commits.get(random.nextInt(commits.size()));
                    RevCommit to = commits.get(random.nextInt(commits.size()));
                    RegisterVersion older = repository.version(from.name());
                    RegisterVersion newer = repository.version(to.name());
                    List<Change> quick = VersionDiff.compare(older, newer).changes();
                    Register whole1 = repository.load(repository.resolve(from.name()));
                    Register whole2 = repository.load(repository.resolve(to.name()));
                    assertThat(quick).as("%s → %s", from.getShortMessage(), to.getShortMessage())
                            .isEqualTo(RegisterDiff.compare(whole1, whole2));
                }
            }
        }
    }

    private static void edit(GitFixture repo, Random random) throws IOException {
        List<String> points = files(repo.register(), "points");
        List<String> processes = files(repo.register(), "processes");
        String point = points.get(random.nextInt(points.size()));
        switch (random.nextInt(7)) {
            case 0 -> replaceFirst(repo, point, "needs: [", "needs: [feedback, ");
            case 1 -> replaceFirst(repo, point, "kind: phone", "kind: reception");
            case 2 -> repo.move(point, "points/moved/" + random.nextInt(3) + "/" + Path.of(point).getFileName());
            case 3 -> repo.delete(point);
            case 4 -> {
                String copy = repo.read(point);
                String id = "TP-" + (500 + random.nextInt(400));
                repo.write("points/new/" + id + ".yaml", copy.replaceFirst("id: TP-[0-9]+", "id: " + id));
            }
            case 5 -> {
                if (processes.size() > 3) {
                    repo.delete(processes.get(random.nextInt(processes.size())));
                }
            }
            default -> replaceFirst(repo, point, "name: ", "name: Изменено. ");
        }
    }

    private static void replaceFirst(GitFixture repo, String path, String from, String to) {
        String text = repo.read(path);
        if (text.contains(from)) {
            repo.write(path, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        }
    }

    private static List<String> files(Path register, String folder) throws IOException {
        try (Stream<Path> walk = Files.walk(register.resolve(folder))) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).map(p -> register.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
