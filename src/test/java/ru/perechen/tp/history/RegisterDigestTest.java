package ru.perechen.tp.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.load.WorkingTreeSource;

class RegisterDigestTest {

    @TempDir
    Path dir;

    @Test
    void followsItsWrittenDefinitionAndIsTheSameFromGitAndFromDisk() throws Exception {
        try (GitFixture repo = GitFixture.init(dir)) {
            repo.write("register.yaml", "format: 1\n");
            repo.write("processes/PR-1.yaml", "id: PR-1\n");
            repo.write("points/b/TP-2.yaml", "id: TP-2\n");
            repo.write("points/a/TP-1.yaml", "id: TP-1\n");
            repo.write("points/README.md", "not part of the register\n");
            repo.commit("Перечень");

            // paths in byte order; each: path, 0, length in decimal, 0, bytes
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            for (String[] file : new String[][] {{"points/a/TP-1.yaml", "id: TP-1\n"},
                    {"points/b/TP-2.yaml", "id: TP-2\n"}, {"processes/PR-1.yaml", "id: PR-1\n"},
                    {"register.yaml", "format: 1\n"}}) {
                byte[] content = file[1].getBytes(StandardCharsets.UTF_8);
                expected.writeBytes(file[0].getBytes(StandardCharsets.UTF_8));
                expected.write(0);
                expected.writeBytes(Integer.toString(content.length).getBytes(StandardCharsets.US_ASCII));
                expected.write(0);
                expected.writeBytes(content);
            }
            String sha = "sha256:" + HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(expected.toByteArray()));

            assertThat(RegisterDigest.of(new WorkingTreeSource(repo.register()))).isEqualTo(sha);
            try (RegisterRepository repository = RegisterRepository.open(repo.register())) {
                assertThat(repository.digest(repository.resolve("HEAD"))).isEqualTo(sha);
            }
        }
    }
}
