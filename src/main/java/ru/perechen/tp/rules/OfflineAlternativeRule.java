package ru.perechen.tp.rules;

import java.util.List;

import ru.perechen.tp.model.Channel;
import ru.perechen.tp.model.Clause;
import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.Severity;

/** 4.13(3): access through offline channels is kept as an alternative for clients who need it. */
@RuleInfo(id = "offline-alternative", clause = Clause.C4_13, severity = Severity.WARNING)
public final class OfflineAlternativeRule extends ExternalProcessRule {

    @Override
    void check(InteractionProcess process, List<Point> points, Reporter reporter) {
        if (points.stream().noneMatch(p -> p.effectiveChannel() == Channel.OFFLINE)) {
            reporter.report(process.origin().at("id"), "no-offline", process.id());
        }
    }
}
