package ru.perechen.tp.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.load.RegisterLoader;
import ru.perechen.tp.load.WorkingTreeSource;
import ru.perechen.tp.model.Register;

/** CODEOWNERS for the sample register, with reviewers given to every unit but the finance department. */
class CodeOwnersTest {

    @TempDir
    Path dir;

    @Test
    void everyRecordFileIsOwnedByItsUnitsReviewers() throws IOException {
        String text = CodeOwners.render(sampleWithReviewers(), "register");

        assertThat(text).startsWith(CodeOwners.MARKER);
        List<String> lines = text.lines().filter(line -> line.startsWith("/")).toList();
        assertThat(lines).startsWith(
                "/register/register.yaml @kursk/minkult-appeals",
                "/register/points/ @kursk/minkult-appeals",
                "/register/processes/ @kursk/minkult-appeals",
                "/register/points/library/TP-035.yaml @kursk/library-digital");
        assertThat(lines).contains("/register/points/minkult/TP-001.yaml @kursk/minkult-press",
                "/register/processes/PR-018.yaml @kursk/minkult-press");
        // 58 points and 33 processes, less PR-026, whose unit (finance) has no reviewers of its own:
        // the general line for processes/ gives it to the authorized person's unit.
        assertThat(lines).hasSize(3 + 58 + 33 - 1);
        assertThat(lines).noneMatch(line -> line.startsWith("/register/processes/PR-026.yaml"));
        assertThat(lines.subList(3, lines.size())).isSorted();
    }

    @Test
    void sameRegisterSameBytes() throws IOException {
        Register register = sampleWithReviewers();

        assertThat(CodeOwners.render(register, "register")).isEqualTo(CodeOwners.render(register, "register"));
    }

    @Test
    void aRegisterAtTheRepositoryRootIsAnchoredThere() throws IOException {
        String text = CodeOwners.render(sampleWithReviewers(), ".");

        assertThat(text).contains("\n/register.yaml @kursk/minkult-appeals\n")
                .contains("\n/points/minkult/TP-001.yaml @kursk/minkult-press\n");
    }

    @Test
    void withoutReviewersThereIsNothingToWrite() throws IOException {
        Path register = copySample();

        assertThat(CodeOwners.hasReviewers(load(register))).isFalse();
    }

    @Test
    void patternCharactersInFileNamesAreEscaped() {
        assertThat(CodeOwners.escape("/register/points/TP 1#[x].yaml")).isEqualTo("/register/points/TP\\ 1\\#\\[x\\].yaml");
    }

    /** The sample register with {@code reviewers: ["@kursk/<unit>"]} on every unit except minkult-finance. */
    private Register sampleWithReviewers() throws IOException {
        Path register = copySample();
        Path header = register.resolve("register.yaml");
        String text = Files.readString(header, StandardCharsets.UTF_8).replaceAll(
                "(?m)^  - id: ((?!minkult-finance)[a-z-]+)\\n(    name: .*\\n    organization: .*\\n)",
                "  - id: $1\n$2    reviewers: [\"@kursk/$1\"]\n");
        Files.writeString(header, text, StandardCharsets.UTF_8);
        return load(register);
    }

    private Path copySample() throws IOException {
        return ru.perechen.tp.SampleRegister.copyTo(dir);
    }

    private static Register load(Path register) throws IOException {
        return new RegisterLoader().load(new WorkingTreeSource(register));
    }
}
