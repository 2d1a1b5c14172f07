package ru.perechen.tp.rules;

import java.util.List;

import ru.perechen.tp.model.Clause;
import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Need;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.ProcessLink;
import ru.perechen.tp.model.Severity;

/**
 * 4.10 warns against a formal approach: an external process whose points together neither inform
 * the client nor deliver a result has been described by its paperwork, not by the client's path.
 */
@RuleInfo(id = "formal-approach", clause = Clause.C4_10, severity = Severity.WARNING)
public final class FormalApproachRule extends ExternalProcessRule {

    @Override
    void check(InteractionProcess process, List<Point> points, Reporter reporter) {
        for (Point point : points) {
            for (ProcessLink link : point.processes()) {
                if (process.id().equals(link.process())
                        && (link.needs().contains(Need.INFORMATION) || link.needs().contains(Need.RESULT))) {
                    return;
                }
            }
        }
        reporter.report(process.origin().at("id"), "formal", process.id());
    }
}
