package ru.perechen.tp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.i18n.Language;
import ru.perechen.tp.model.Finding;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.validate.FindingTexts;
import ru.perechen.tp.validate.Validator;

/**
 * docs/rules.md is generated from the rules themselves (metadata, bundles, failing examples and
 * what they produce), so it cannot drift: this test fails when the committed file is stale.
 * Regenerate with {@code mvn test -Dtest=RulesDocTest -Dtp.writeDocs=true}.
 */
class RulesDocTest {

    private static final Path DOC = Path.of("docs/rules.md");

    @TempDir
    Path temp;

    @Test
    void docsRulesMdIsUpToDate() throws IOException {
        String generated = generate();
        if (Boolean.getBoolean("tp.writeDocs")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(DOC)).as("docs/rules.md exists (generate it with -Dtp.writeDocs=true)").isTrue();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/rules.md is stale: run mvn test -Dtest=RulesDocTest -Dtp.writeDocs=true")
                .isEqualTo(generated);
    }

    private String generate() throws IOException {
        FindingTexts ru = new FindingTexts(Language.RUSSIAN);
        FindingTexts en = new FindingTexts(Locale.ENGLISH);
        StringBuilder md = new StringBuilder();
        md.append("<!-- Generated from the rules' metadata by RulesDocTest: do not edit by hand. -->\n");
        md.append("# The rules of `tp validate`\n\n");
        md.append("Each rule enforces a clause of the Order (`poryadok.txt`). Severity is the default; ")
                .append("`rules:` in register.yaml may change it (`error`, `warning`, `off`), except for `yaml-syntax`.\n\n");
        md.append("| rule | clause | severity | what it checks |\n|---|---|---|---|\n");
        for (Rule rule : RuleCatalogue.all()) {
            md.append("| [`").append(rule.id()).append("`](#").append(rule.id()).append(") | ")
                    .append(rule.info().clause().number()).append(" | ").append(rule.info().severity().code())
                    .append(" | ").append(ru.summary(rule.id())).append(" |\n");
        }
        for (Rule rule : RuleCatalogue.all()) {
            md.append("\n## ").append(rule.id()).append("\n\n");
            md.append("Clause ").append(rule.info().clause().number()).append(" («")
                    .append(rule.info().clause().title(Language.RUSSIAN)).append("»), default severity **")
                    .append(rule.info().severity().code()).append("**.\n\n");
            md.append("- ").append(ru.summary(rule.id())).append("\n");
            md.append("- ").append(en.summary(rule.id())).append("\n\n");
            md.append("How to fix: ").append(ru.messages().find(rule.id() + ".fix").orElse("")).append(".\n\n");
            RuleExample example = RuleExample.of(rule.id(), "fail");
            md.append("Failing example (laid over the base register of `src/test/resources/rules/_base`):\n\n");
            for (String file : example.files()) {
                md.append("`").append(file).append("`\n\n```yaml\n")
                        .append(new String(Files.readAllBytes(example.folder().resolve(file)), StandardCharsets.UTF_8)
                                .replace("\t", "\\t").replaceAll("[^\\P{Cc}\\n]", "�"))
                        .append(file.endsWith("\n") ? "" : "").append("```\n\n");
            }
            Path root = example.materialize(temp.resolve(rule.id()));
            Register register = RuleExamplesTest.load(root);
            List<Finding> findings = Validator.withRules(Set.of(rule.id())).validate(register).findings();
            md.append("What `tp validate` says:\n\n```\n");
            for (Finding finding : findings) {
                md.append(finding.location()).append(": ").append(ru.message(finding)).append('\n');
            }
            md.append("```\n");
        }
        return md.toString();
    }
}
