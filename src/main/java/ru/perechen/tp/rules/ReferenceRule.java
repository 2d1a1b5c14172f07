package ru.perechen.tp.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ru.perechen.tp.load.Suggestions;
import ru.perechen.tp.model.AuthorizedPerson;
import ru.perechen.tp.model.Clause;
import ru.perechen.tp.model.Placeholders;
import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Location;
import ru.perechen.tp.model.Message;
import ru.perechen.tp.model.Organization;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.ProcessLink;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.Severity;
import ru.perechen.tp.model.Unit;

/**
 * Every reference resolves: a point's processes come from the process registry (4.1), and every
 * organisation and unit named in a point, a process or register.yaml is declared there.
 */
@RuleInfo(id = "reference", clause = Clause.C4_1, severity = Severity.ERROR)
public final class ReferenceRule implements Rule {

    @Override
    public void check(Register register, Reporter reporter) {
        List<String> organizations = register.header().organizations().stream()
                .map(Organization::id).filter(id -> id != null).toList();
        List<String> units = register.header().units().stream().map(Unit::id).filter(id -> id != null).toList();
        List<String> processes = new ArrayList<>();
        for (InteractionProcess process : register.processes()) {
            if (process.id() != null) {
                processes.add(process.id());
            }
        }
        for (Unit unit : register.header().units()) {
            if (unit.organization() == null) {
                reporter.report(unit.origin().at("organization"), "missing-organization", String.valueOf(unit.id()));
            } else if (register.organization(unit.organization()).isEmpty()) {
                unknown(reporter, unit.origin().at("organization"), "organization", unit.organization(), organizations);
            }
        }
        AuthorizedPerson person = register.header().authorizedPerson();
        if (person != null && person.unit() != null && register.unit(person.unit()).isEmpty()) {
            unknown(reporter, person.origin().at("unit"), "unit", person.unit(), units);
        }
        for (InteractionProcess process : register.processes()) {
            if (process.unit() != null && register.unit(process.unit()).isEmpty()) {
                unknown(reporter, process.origin().at("unit"), "unit", process.unit(), units);
            }
        }
        for (Point point : register.points()) {
            if (point.organization() != null && register.organization(point.organization()).isEmpty()) {
                unknown(reporter, point.origin().at("organization"), "organization", point.organization(),
                        organizations);
            }
            if (point.unit() != null && register.unit(point.unit()).isEmpty()) {
                unknown(reporter, point.origin().at("unit"), "unit", point.unit(), units);
            }
            if (point.processes() == null) {
                continue;
            }
            for (ProcessLink link : point.processes()) {
                if (link.process() == null) {
                    reporter.report(link.origin().at("process"), "missing-process");
                } else if (register.process(link.process()).isEmpty()) {
                    unknown(reporter, link.origin().at("process"), "process", link.process(), processes);
                }
            }
        }
    }

    private static void unknown(Reporter reporter, Location at, String what, String id, List<String> known) {
        if (Placeholders.is(id)) {
            return;
        }
        Optional<String> suggestion = Suggestions.closest(id, known);
        if (suggestion.isPresent()) {
            reporter.reportWithHint(at, Message.of("hint.did-you-mean", suggestion.get()), what, id);
        } else {
            reporter.report(at, what, id);
        }
    }
}
