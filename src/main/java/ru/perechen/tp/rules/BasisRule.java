package ru.perechen.tp.rules;

import java.util.List;

import ru.perechen.tp.model.Basis;
import ru.perechen.tp.model.Clause;
import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Origin;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.Severity;

/**
 * Every point and process rests on at least one document of a known kind (4.8: acts, internal
 * documents, contracts, instructions), each with its type and title.
 */
@RuleInfo(id = "basis", clause = Clause.C4_8, severity = Severity.ERROR)
public final class BasisRule implements Rule {

    @Override
    public void check(Register register, Reporter reporter) {
        for (InteractionProcess process : register.processes()) {
            checkBasis(process.basis(), process.origin(), reporter);
        }
        for (Point point : register.points()) {
            checkBasis(point.basis(), point.origin(), reporter);
        }
    }

    private static void checkBasis(List<Basis> basis, Origin origin, Reporter reporter) {
        if (basis == null || basis.isEmpty()) {
            // Items that were written but could not be read are the schema rule's to name.
            if (!origin.has("basis[0]")) {
                reporter.report(origin.at("basis"), "missing");
            }
            return;
        }
        for (Basis item : basis) {
            if (item.type() == null && !item.origin().has("type")) {
                reporter.report(item.origin().location(), "missing-type");
            }
            if (item.title() == null || item.title().isBlank()) {
                reporter.report(item.origin().at("title"), "missing-title");
            }
        }
    }
}
