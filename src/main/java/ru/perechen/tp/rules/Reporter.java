package ru.perechen.tp.rules;

import java.util.ArrayList;
import java.util.List;

import ru.perechen.tp.model.Finding;
import ru.perechen.tp.model.Location;
import ru.perechen.tp.model.Message;
import ru.perechen.tp.model.ReadProblem;

/** Collects the findings of one rule, stamping each with the rule's id, clause and default severity. */
public final class Reporter {

    private final RuleInfo info;
    private final List<Finding> findings = new ArrayList<>();

    public Reporter(RuleInfo info) {
        this.info = info;
    }

    public void report(Location at, String messageId, Object... args) {
        findings.add(new Finding(info.id(), info.clause(), info.severity(), at, Message.of(messageId, args), null));
    }

    public void reportWithHint(Location at, Message hint, String messageId, Object... args) {
        findings.add(new Finding(info.id(), info.clause(), info.severity(), at, Message.of(messageId, args), hint));
    }

    /** Reports a problem met while reading, with its own message and hint. */
    public void report(ReadProblem problem) {
        findings.add(new Finding(info.id(), info.clause(), info.severity(), problem.location(), problem.message(),
                problem.hint()));
    }

    public List<Finding> findings() {
        return findings;
    }
}
