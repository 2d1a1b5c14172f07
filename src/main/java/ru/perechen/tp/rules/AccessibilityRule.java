package ru.perechen.tp.rules;

import java.util.List;

import ru.perechen.tp.model.Clause;
import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.Severity;

/**
 * 4.13(4): clients with health problems, low digital skills or little Russian are taken into
 * account; an external process none of whose points offers anything for them is reported.
 */
@RuleInfo(id = "accessibility", clause = Clause.C4_13, severity = Severity.WARNING)
public final class AccessibilityRule extends ExternalProcessRule {

    @Override
    void check(InteractionProcess process, List<Point> points, Reporter reporter) {
        if (points.stream().allMatch(p -> p.accessibility().isEmpty())) {
            reporter.report(process.origin().at("id"), "none", process.id());
        }
    }
}
