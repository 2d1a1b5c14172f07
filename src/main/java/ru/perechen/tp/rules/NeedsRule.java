package ru.perechen.tp.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import ru.perechen.tp.model.Clause;
import ru.perechen.tp.model.Need;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.ProcessLink;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.Severity;

/**
 * Every link of a point to a process lists the client needs met there (4.9), each once; the need
 * {@code other} comes with a description of what it is.
 */
@RuleInfo(id = "needs", clause = Clause.C4_9, severity = Severity.ERROR)
public final class NeedsRule implements Rule {

    @Override
    public void check(Register register, Reporter reporter) {
        for (Point point : register.points()) {
            if (point.processes() == null) {
                continue;
            }
            for (ProcessLink link : point.processes()) {
                checkLink(link, reporter);
            }
        }
    }

    private static void checkLink(ProcessLink link, Reporter reporter) {
        List<Need> needs = link.needs();
        String process = String.valueOf(link.process());
        if (needs.isEmpty()) {
            if (!link.origin().has("needs[0]")) {
                reporter.report(link.origin().at("needs"), "missing", process);
            }
            return;
        }
        Set<Need> seen = EnumSet.noneOf(Need.class);
        for (int i = 0; i < needs.size(); i++) {
            if (!seen.add(needs.get(i))) {
                reporter.report(link.origin().at("needs[" + i + "]"), "duplicate", needs.get(i).code(), process);
            }
        }
        if (seen.contains(Need.OTHER) && (link.other() == null || link.other().isBlank())) {
            reporter.report(link.origin().at("needs"), "other-without-description", process);
        }
    }
}
