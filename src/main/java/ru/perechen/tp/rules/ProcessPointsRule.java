package ru.perechen.tp.rules;

import ru.perechen.tp.model.Clause;
import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.Severity;

/** Every process of the registry is reachable through at least one point (4.7). */
@RuleInfo(id = "process-points", clause = Clause.C4_7, severity = Severity.ERROR)
public final class ProcessPointsRule implements Rule {

    @Override
    public void check(Register register, Reporter reporter) {
        for (InteractionProcess process : register.processes()) {
            if (process.id() != null && register.pointsOf(process.id()).isEmpty()) {
                reporter.report(process.origin().at("id"), "no-point", process.id());
            }
        }
    }
}
