package ru.perechen.tp.rules;

import java.util.List;

import ru.perechen.tp.model.Channel;
import ru.perechen.tp.model.Clause;
import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.Severity;

/** 4.13(2): information systems and online channels are the preferred way; an external process should have an online point. */
@RuleInfo(id = "online-first", clause = Clause.C4_13, severity = Severity.WARNING)
public final class OnlineFirstRule extends ExternalProcessRule {

    @Override
    void check(InteractionProcess process, List<Point> points, Reporter reporter) {
        if (points.stream().noneMatch(p -> p.effectiveChannel() == Channel.ONLINE)) {
            reporter.report(process.origin().at("id"), "no-online", process.id());
        }
    }
}
