package ru.perechen.tp.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import ru.perechen.tp.model.Addresses;
import ru.perechen.tp.model.Clause;
import ru.perechen.tp.model.Placeholders;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.ProcessLink;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.Severity;

/**
 * One touchpoint, one point (4.11, 4.12): two points of the same kind and organisation at the
 * same address describe one touchpoint twice; a process listed twice in one point splits needs
 * that belong in one link.
 */
@RuleInfo(id = "duplicate-point", clause = Clause.C4_11, severity = Severity.ERROR)
public final class DuplicatePointRule implements Rule {

    @Override
    public void check(Register register, Reporter reporter) {
        Map<String, Point> byTouchpoint = new HashMap<>();
        for (Point point : register.points()) {
            if (point.kind() != null && point.organization() != null && point.address() != null
                    && !point.address().isBlank() && !Placeholders.is(point.address())) {
                String key = point.kind().code() + '\n' + point.organization() + '\n'
                        + Addresses.normalize(point.kind(), point.address());
                Point first = byTouchpoint.putIfAbsent(key, point);
                if (first != null) {
                    reporter.report(point.origin().at("address"), "same-touchpoint", String.valueOf(point.id()),
                            String.valueOf(first.id()), first.origin().file());
                }
            }
            if (point.processes() == null) {
                continue;
            }
            Set<String> linked = new HashSet<>();
            for (ProcessLink link : point.processes()) {
                if (link.process() != null && !linked.add(link.process())) {
                    reporter.report(link.origin().at("process"), "process-twice", link.process());
                }
            }
        }
    }
}
