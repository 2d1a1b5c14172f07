package ru.perechen.tp.rules;

import java.util.Map;

import ru.perechen.tp.model.Assessment;
import ru.perechen.tp.model.Channel;
import ru.perechen.tp.model.Clause;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.Requirement;
import ru.perechen.tp.model.Severity;

/**
 * Every point is assessed against every general requirement of its channel (3.4 for online
 * points, 3.5 for offline ones) and against none of the other channel's.
 */
@RuleInfo(id = "requirements", clause = Clause.C3_4, severity = Severity.ERROR)
public final class RequirementsRule implements Rule {

    @Override
    public void check(Register register, Reporter reporter) {
        for (Point point : register.points()) {
            if (point.kind() == null) {
                continue;
            }
            Channel channel = point.kind().channel();
            Map<Requirement, Assessment> assessed = point.requirements();
            if (assessed == null) {
                reporter.report(point.origin().at("requirements"), "missing", channel,
                        Requirement.of(channel).size());
                continue;
            }
            for (Requirement requirement : Requirement.of(channel)) {
                if (!assessed.containsKey(requirement)) {
                    reporter.report(point.origin().at("requirements"), "not-assessed", requirement.code(),
                            requirement.clause().number() + " «" + requirement.letter() + "»", requirement);
                }
            }
            for (Requirement requirement : assessed.keySet()) {
                if (requirement.channel() != channel) {
                    reporter.report(point.origin().at("requirements." + requirement.code()), "other-channel",
                            requirement.code(), requirement.channel(), point.kind());
                }
            }
        }
    }
}
