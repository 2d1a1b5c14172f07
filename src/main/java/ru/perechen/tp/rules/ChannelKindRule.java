package ru.perechen.tp.rules;

import ru.perechen.tp.model.Clause;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.Severity;

/** A point's channel, where written, agrees with its kind: 3.1–3.3 fix the channel of every kind. */
@RuleInfo(id = "channel-kind", clause = Clause.C3_1, severity = Severity.ERROR)
public final class ChannelKindRule implements Rule {

    @Override
    public void check(Register register, Reporter reporter) {
        for (Point point : register.points()) {
            if (point.channel() != null && point.kind() != null && point.channel() != point.kind().channel()) {
                reporter.report(point.origin().at("channel"), "mismatch", point.channel(), point.kind(),
                        point.kind().channel());
            }
        }
    }
}
