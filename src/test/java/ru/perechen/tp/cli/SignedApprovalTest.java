package ru.perechen.tp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.perechen.tp.history.GitFixture;
import ru.perechen.tp.history.GpgTestKeys;

/**
 * {@code tp approve --sign} signs with a key made for the test by BouncyCastle in a GnuPG home of
 * the test's own; {@code tp versions} checks the signatures: good, changed after signing, by an
 * unknown key, and none.
 */
class SignedApprovalTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void keyring() {
        GpgTestKeys.home();
    }

    @Test
    void a_signed_approval_is_verified_by_tp_versions() throws Exception {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            TpRun approve = TpRun.in(dir, "approve", "--act", "05-05/100", "--date", "2026-11-30", "--sign");

            assertThat(approve.exitCode()).as(approve.err()).isZero();
            assertThat(approve.out()).contains(CliMessages.text("approve.signed", GpgTestKeys.USER,
                    GpgTestKeys.fingerprint()));
            RevTag tag = tag(repo.git().getRepository(), "approved/2026-11-30");
            assertThat(tag.getRawGpgSignature()).isNotNull();
            assertThat(tag.getFullMessage()).startsWith("act: \"05-05/100\"\n");

            TpRun versions = TpRun.in(dir, "versions");
            assertThat(versions.exitCode()).as(versions.err()).isZero();
            assertThat(versions.out()).contains("проверена (" + GpgTestKeys.USER + ")");
            JsonNode json = new ObjectMapper().readTree(TpRun.in(dir, "versions", "--format", "json").out());
            assertThat(json.at("/versions/0/signature/status").asText()).isEqualTo("verified");
            assertThat(json.at("/versions/0/signature/key").asText()).isEqualTo(GpgTestKeys.fingerprint());
        }
    }

    @Test
    void a_signed_tag_changed_after_signing_is_reported_and_fails() throws Exception {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            TpRun.in(dir, "approve", "--act", "05-05/100", "--date", "2026-11-30", "--sign");
            Repository repository = repo.git().getRepository();
            RevTag signed = tag(repository, "approved/2026-11-30");
            String raw = new String(signed.getRawBuffer(), StandardCharsets.UTF_8);
            // The same signature under another act number: what a forger who edits the tag gets.
            forgeTag(repository, "approved/2026-11-30", raw.replace("05-05/100", "05-05/999"));

            TpRun versions = TpRun.in(dir, "versions");

            assertThat(versions.exitCode()).isEqualTo(ExitCode.FINDINGS);
            assertThat(versions.out()).contains("05-05/999", "НЕ ВЕРНА");
            assertThat(versions.showsStackTrace()).isFalse();
        }
    }

    @Test
    void a_tag_signed_by_a_key_not_in_the_keyring_cannot_be_checked_and_says_so() throws Exception {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            TpRun.in(dir, "approve", "--act", "05-05/100", "--date", "2026-11-30");
            Repository repository = repo.git().getRepository();
            byte[] unsigned = tag(repository, "approved/2026-11-30").getRawBuffer();
            String signature = GpgTestKeys.standalone("Посторонний <stranger@example.ru>").sign(unsigned);
            forgeTag(repository, "approved/2026-11-30", new String(unsigned, StandardCharsets.UTF_8) + signature);

            TpRun versions = TpRun.in(dir, "versions", "--format", "json");

            assertThat(versions.showsStackTrace()).isFalse();
            assertThat(new ObjectMapper().readTree(versions.out()).at("/versions/0/signature/status").asText())
                    .isEqualTo("unknown-key");
        }
    }

    @Test
    void an_unsigned_tag_says_not_signed_and_is_no_error() throws Exception {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            TpRun.in(dir, "approve", "--act", "05-05/100", "--date", "2026-11-30");

            TpRun versions = TpRun.in(dir, "versions", "--format", "json");

            assertThat(versions.exitCode()).isZero();
            assertThat(new ObjectMapper().readTree(versions.out()).at("/versions/0/signature/status").asText())
                    .isEqualTo("not-signed");
        }
    }

    @Test
    void signing_with_a_key_that_is_not_in_the_keyring_fails_clearly_and_creates_no_tag() throws Exception {
        try (GitFixture repo = GitFixture.withSample(dir)) {
            StoredConfig config = repo.git().getRepository().getConfig();
            config.setString("user", null, "signingKey", "0xDEADBEEFDEADBEEF");
            config.save();

            TpRun approve = TpRun.in(dir, "approve", "--act", "05-05/100", "--date", "2026-11-30", "--sign");

            assertThat(approve.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(approve.err()).startsWith("tp: " + CliMessages.text("git.sign-failed", "approved/2026-11-30", "")
                    .substring(0, 20));
            assertThat(approve.showsStackTrace()).isFalse();
            assertThat(repo.git().getRepository().exactRef("refs/tags/approved/2026-11-30")).isNull();
        }
    }

    static RevTag tag(Repository repository, String name) throws Exception {
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.parseTag(repository.exactRef(Constants.R_TAGS + name).getObjectId());
        }
    }

    /** Writes a tag object of exactly these bytes and points the tag's ref at it. */
    static void forgeTag(Repository repository, String name, String raw) throws Exception {
        ObjectId forged;
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            forged = inserter.insert(Constants.OBJ_TAG, raw.getBytes(StandardCharsets.UTF_8));
            inserter.flush();
        }
        RefUpdate update = repository.updateRef(Constants.R_TAGS + name);
        update.setNewObjectId(forged);
        update.setForceUpdate(true);
        assertThat(update.update()).isIn(RefUpdate.Result.FORCED, RefUpdate.Result.NEW);
    }
}
