package ru.perechen.tp.rules;

import java.util.Map;

import ru.perechen.tp.model.Assessment;
import ru.perechen.tp.model.Clause;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.Requirement;
import ru.perechen.tp.model.Severity;

/** A requirement of 3.4 or 3.5 assessed {@code not-met} or {@code partly}: recorded, and shown to the working group. */
@RuleInfo(id = "requirement-not-met", clause = Clause.C3_4, severity = Severity.WARNING)
public final class RequirementNotMetRule implements Rule {

    @Override
    public void check(Register register, Reporter reporter) {
        for (Point point : register.points()) {
            if (point.requirements() == null) {
                continue;
            }
            for (Map.Entry<Requirement, Assessment> entry : point.requirements().entrySet()) {
                Requirement requirement = entry.getKey();
                if (entry.getValue() == Assessment.NOT_MET || entry.getValue() == Assessment.PARTLY) {
                    reporter.report(point.origin().at("requirements." + requirement.code()),
                            entry.getValue() == Assessment.NOT_MET ? "not-met" : "partly", requirement.code(),
                            requirement.clause().number() + " «" + requirement.letter() + "»", requirement);
                }
            }
        }
    }
}
