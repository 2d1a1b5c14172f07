package ru.perechen.tp.rules;

import java.util.List;
import java.util.Optional;

import ru.perechen.tp.load.Suggestions;
import ru.perechen.tp.model.Clause;
import ru.perechen.tp.model.Message;
import ru.perechen.tp.model.ReadProblem;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.RuleSetting;
import ru.perechen.tp.model.Severity;

/**
 * Every file has the keys of the format and nothing else, each value of the right type and every
 * code from the Order's vocabularies (4.4: completeness of the data). Misspelt keys and codes get
 * a did-you-mean. The rule overrides in register.yaml are checked here too, against the catalogue.
 */
@RuleInfo(id = "schema", clause = Clause.C4_4, severity = Severity.ERROR)
public final class SchemaRule implements Rule {

    /** The values a rule override may take. */
    public static final List<String> LEVELS = List.of("error", "warning", "off");

    @Override
    public void check(Register register, Reporter reporter) {
        for (ReadProblem problem : register.readProblems()) {
            if (problem.kind() == ReadProblem.Kind.STRUCTURE) {
                reporter.report(problem);
            }
        }
        List<String> ruleIds = RuleCatalogue.ids();
        for (RuleSetting setting : register.header().ruleSettings()) {
            if (!ruleIds.contains(setting.rule())) {
                Optional<String> suggestion = Suggestions.closest(setting.rule(), ruleIds);
                reporter.reportWithHint(setting.location(), suggestion.map(s -> Message.of("hint.did-you-mean", s))
                        .orElse(Message.of("hint.allowed-codes", String.join(", ", ruleIds))),
                        "unknown-rule", setting.rule());
            } else if (setting.value() == null || !LEVELS.contains(setting.value())) {
                reporter.reportWithHint(setting.location(), Message.of("hint.allowed-codes", String.join(", ", LEVELS)),
                        "rule-level", setting.rule(), String.valueOf(setting.value()));
            } else if (!RuleCatalogue.configurable(setting.rule())) {
                reporter.report(setting.location(), "rule-not-configurable", setting.rule());
            }
        }
    }
}
