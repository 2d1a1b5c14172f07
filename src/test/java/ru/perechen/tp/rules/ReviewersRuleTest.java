package ru.perechen.tp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.load.RegisterLoader;
import ru.perechen.tp.load.WorkingTreeSource;
import ru.perechen.tp.model.Clause;
import ru.perechen.tp.model.Finding;
import ru.perechen.tp.model.Location;
import ru.perechen.tp.model.Severity;
import ru.perechen.tp.validate.Validator;

class ReviewersRuleTest {

    private static final String HEAD = """
            format: 1
            title: Перечень
            locale: ru
            organizations:
              - id: minkult
                name: Министерство культуры
                role: ministry
            units:
            """;

    private static final String PERSON = """
            authorized-person:
              name: Иванова Мария Петровна
              position: консультант
              unit: otdel-a
            """;

    @TempDir
    Path dir;

    @Test
    void registerWithoutReviewersIsNotAskedForThem() throws IOException {
        List<Finding> findings = check("""
                  - id: otdel-a
                    name: Отдел А
                    organization: minkult
                  - id: otdel-b
                    name: Отдел Б
                    organization: minkult
                """);

        assertThat(findings).isEmpty();
    }

    @Test
    void everyUnitWithWellFormedReviewersPasses() throws IOException {
        List<Finding> findings = check("""
                  - id: otdel-a
                    name: Отдел А
                    organization: minkult
                    reviewers: ["@ivanova", "@minkult/otdel-a", petrov@kultura.example.ru]
                  - id: otdel-b
                    name: Отдел Б
                    organization: minkult
                    reviewers: ["@gitlab.user_2"]
                """);

        assertThat(findings).isEmpty();
    }

    @Test
    void onceAnyUnitHasReviewersAUnitWithoutThemIsWarned() throws IOException {
        List<Finding> findings = check("""
                  - id: otdel-a
                    name: Отдел А
                    organization: minkult
                    reviewers: ["@ivanova"]
                  - id: otdel-b
                    name: Отдел Б
                    organization: minkult
                  - id: otdel-c
                    name: Отдел В
                    organization: minkult
                    reviewers: []
                """);

        assertThat(findings).extracting(f -> f.message().key(), f -> f.message().args())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("none", List.of("otdel-b")),
                        org.assertj.core.groups.Tuple.tuple("none", List.of("otdel-c")));
        Finding first = findings.get(0);
        assertThat(first.rule()).isEqualTo("reviewers");
        assertThat(first.clause()).isEqualTo(Clause.C6_4);
        assertThat(first.severity()).isEqualTo(Severity.WARNING);
        assertThat(first.location()).isEqualTo(new Location("register.yaml", 13, 5));
    }

    @Test
    void aReviewerThatCannotStandInCodeownersIsWarned() throws IOException {
        List<Finding> findings = check("""
                  - id: otdel-a
                    name: Отдел А
                    organization: minkult
                    reviewers: [ivanova, "@ivanova petrova", "@ok"]
                """);

        assertThat(findings).extracting(f -> f.message().key(), f -> f.message().args())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("form", List.of("ivanova")),
                        org.assertj.core.groups.Tuple.tuple("form", List.of("@ivanova petrova")));
        assertThat(findings.get(0).location().line()).isEqualTo(12);
    }

    @Test
    void messagesExistInBothLanguages() {
        for (String key : List.of("summary", "fix", "none", "form")) {
            assertThat(new ru.perechen.tp.validate.FindingTexts(ru.perechen.tp.i18n.Language.RUSSIAN).messages()
                    .has("reviewers." + key)).as(key).isTrue();
            assertThat(new ru.perechen.tp.validate.FindingTexts(ru.perechen.tp.i18n.Language.ENGLISH).messages()
                    .has("reviewers." + key)).as(key).isTrue();
        }
        assertThat(RuleCatalogue.find("reviewers")).isPresent();
    }

    private List<Finding> check(String units) throws IOException {
        Files.writeString(dir.resolve("register.yaml"), HEAD + units + PERSON, StandardCharsets.UTF_8);
        return Validator.withRules(Set.of("reviewers"))
                .validate(new RegisterLoader().load(new WorkingTreeSource(dir))).findings();
    }
}
