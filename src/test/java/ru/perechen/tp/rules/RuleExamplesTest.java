package ru.perechen.tp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ru.perechen.tp.load.RegisterLoader;
import ru.perechen.tp.load.WorkingTreeSource;
import ru.perechen.tp.model.Finding;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.validate.Validator;

/**
 * Every rule is shown right and wrong: its passing example gives no finding of the rule, and its
 * failing example gives exactly the findings it lists, each at its line and by message id. Each
 * example runs with only its rule enabled.
 */
class RuleExamplesTest {

    @TempDir
    Path temp;

    static Stream<String> ruleIds() {
        return RuleCatalogue.ids().stream();
    }

    @Test
    void theBaseRegisterPassesEveryRule() throws IOException {
        Register register = load(RuleExample.BASE);
        assertThat(Validator.withAllRules().validate(register).findings()).isEmpty();
    }

    @Test
    void everyExampleFolderBelongsToARule() throws IOException {
        try (Stream<Path> folders = Files.list(RuleExample.ROOT)) {
            List<String> names = folders.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("_")).toList();
            assertThat(RuleCatalogue.ids()).containsAll(names);
        }
    }

    @ParameterizedTest(name = "{0} passes its passing example")
    @MethodSource("ruleIds")
    void passingExample(String rule) throws IOException {
        RuleExample example = RuleExample.of(rule, "pass");
        assertThat(example.exists()).as("rules/%s/pass exists", rule).isTrue();
        assertThat(example.files()).as("the passing example shows the right form").isNotEmpty();
        Register register = load(example.materialize(temp));
        assertThat(findings(rule, register)).isEmpty();
    }

    @ParameterizedTest(name = "{0} reports its failing example")
    @MethodSource("ruleIds")
    void failingExample(String rule) throws IOException {
        RuleExample example = RuleExample.of(rule, "fail");
        assertThat(example.exists()).as("rules/%s/fail exists", rule).isTrue();
        assertThat(example.expected()).as("rules/%s/fail/expected.txt lists findings", rule).isNotEmpty();
        Register register = load(example.materialize(temp));
        assertThat(findings(rule, register)).containsExactlyInAnyOrderElementsOf(example.expected());
    }

    static Register load(Path root) throws IOException {
        return new RegisterLoader().load(new WorkingTreeSource(root));
    }

    static List<String> findings(String rule, Register register) {
        return Validator.withRules(Set.of(rule)).validate(register).findings().stream()
                .map(RuleExamplesTest::describe)
                .toList();
    }

    static String describe(Finding finding) {
        return finding.location().file() + ":" + finding.location().line() + " " + finding.message().key();
    }
}
