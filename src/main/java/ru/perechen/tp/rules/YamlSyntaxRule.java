package ru.perechen.tp.rules;

import ru.perechen.tp.model.Clause;
import ru.perechen.tp.model.ReadProblem;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.Severity;

/**
 * Every file is UTF-8 YAML that parses safely: no custom tags, anchors or aliases, bounded nesting
 * and size, one document, no duplicate keys (4.4: the authorized person checks each file).
 */
@RuleInfo(id = "yaml-syntax", clause = Clause.C4_4, severity = Severity.ERROR)
public final class YamlSyntaxRule implements Rule {

    @Override
    public void check(Register register, Reporter reporter) {
        for (ReadProblem problem : register.readProblems()) {
            if (problem.kind() == ReadProblem.Kind.SYNTAX) {
                reporter.report(problem);
            }
        }
    }
}
