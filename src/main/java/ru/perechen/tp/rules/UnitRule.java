package ru.perechen.tp.rules;

import java.util.Optional;

import ru.perechen.tp.model.Clause;
import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.Severity;
import ru.perechen.tp.model.Unit;

/**
 * Every point and process names the unit that runs it and prepares its data (4.5), and a point's
 * unit belongs to the point's organisation.
 */
@RuleInfo(id = "unit", clause = Clause.C4_5, severity = Severity.ERROR)
public final class UnitRule implements Rule {

    @Override
    public void check(Register register, Reporter reporter) {
        for (InteractionProcess process : register.processes()) {
            if (process.unit() == null) {
                reporter.report(process.origin().at("unit"), "missing");
            }
        }
        for (Point point : register.points()) {
            if (point.unit() == null) {
                reporter.report(point.origin().at("unit"), "missing");
                continue;
            }
            Optional<Unit> unit = register.unit(point.unit());
            if (unit.isPresent() && point.organization() != null && unit.get().organization() != null
                    && register.organization(point.organization()).isPresent()
                    && !unit.get().organization().equals(point.organization())) {
                reporter.report(point.origin().at("unit"), "other-organization", point.unit(),
                        unit.get().organization(), point.organization());
            }
        }
    }
}
