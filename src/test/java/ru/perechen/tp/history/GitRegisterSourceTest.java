package ru.perechen.tp.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.load.RecordFile;
import ru.perechen.tp.load.RegisterSource;
import ru.perechen.tp.model.ReadProblem;

class GitRegisterSourceTest {

    @TempDir
    Path dir;

    @Test
    void listsRecordsWithSizesAndReportsLinksWithoutFollowingThem() throws Exception {
        try (GitFixture repo = GitFixture.init(dir)) {
            repo.write("register.yaml", "format: 1\n");
            repo.write("points/TP-1.yaml", "id: TP-1\n");
            repo.write("points/.hidden/TP-9.yaml", "id: TP-9\n");
            repo.write("points/TP-2.yml", "id: TP-2\n");
            repo.write("processes/PR-1.yaml", "id: PR-1\n");
            repo.commit("Перечень");
            addSymlink(repo, "register/points/TP-3.yaml", "../../../etc/passwd");

            try (RegisterRepository repository = RegisterRepository.open(repo.register())) {
                RegisterSource.Listing listing = repository.source(repository.resolve("HEAD")).list();

                assertThat(listing.files()).extracting(RecordFile::path, RecordFile::size)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("points/TP-1.yaml", 9L),
                                org.assertj.core.groups.Tuple.tuple("processes/PR-1.yaml", 9L));
                assertThat(listing.problems()).extracting(p -> p.location().file(), p -> p.message().key())
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("points/TP-2.yml", "yml-extension"),
                                org.assertj.core.groups.Tuple.tuple("points/TP-3.yaml", "symlink-in-git"));
                assertThat(listing.problems()).filteredOn(p -> p.message().key().equals("symlink-in-git"))
                        .extracting(ReadProblem::kind).containsExactly(ReadProblem.Kind.SYNTAX);
            }
        }
    }

    /** Commits a symbolic link as Git stores one (mode 120000, the target as the blob), without making it on disk. */
    private static void addSymlink(GitFixture repo, String path, String target) throws Exception {
        var repository = repo.git().getRepository();
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            ObjectId blob = inserter.insert(Constants.OBJ_BLOB, target.getBytes(StandardCharsets.UTF_8));
            DirCache index = repository.lockDirCache();
            var editor = index.editor();
            editor.add(new org.eclipse.jgit.dircache.DirCacheEditor.PathEdit(path) {
                @Override
                public void apply(DirCacheEntry entry) {
                    entry.setFileMode(FileMode.SYMLINK);
                    entry.setObjectId(blob);
                }
            });
            editor.commit();
            inserter.flush();
        }
        repo.git().commit().setMessage("ссылка").call();
    }
}
