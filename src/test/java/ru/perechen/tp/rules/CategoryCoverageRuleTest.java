package ru.perechen.tp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.load.RegisterLoader;
import ru.perechen.tp.load.WorkingTreeSource;
import ru.perechen.tp.model.Finding;
import ru.perechen.tp.validate.Validator;

/** A new register without processes: one finding that says where to start, not one per direction. */
class CategoryCoverageRuleTest {

    @TempDir
    Path dir;

    @Test
    void aRegisterWithNoProcessYetGetsOneFindingThatSaysWhereToStart() throws IOException {
        Files.writeString(dir.resolve("register.yaml"), """
                format: 1
                title: Перечень
                locale: ru
                organizations:
                  - id: minkult
                    name: Министерство культуры
                    role: ministry
                """);
        Files.createDirectories(dir.resolve("processes"));

        List<Finding> findings = Validator.withRules(Set.of("category-coverage"))
                .validate(new RegisterLoader().load(new WorkingTreeSource(dir))).findings();

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.message().key()).isEqualTo("no-processes");
            assertThat(finding.message().args()).containsExactly(16);
            assertThat(finding.hint().key()).isEqualTo("hint.no-processes");
        });
    }
}
