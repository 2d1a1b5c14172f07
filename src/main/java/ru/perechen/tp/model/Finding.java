package ru.perechen.tp.model;

import java.util.Comparator;

/**
 * One thing the validator found: which rule, under which clause of the Order, how severe, where,
 * and what to say and suggest. Findings are data; rendering them is a separate step.
 *
 * @param hint a finding-specific suggestion (a did-you-mean), or {@code null}
 */
public record Finding(String rule, Clause clause, Severity severity, Location location, Message message,
                      Message hint) {

    /** Findings are listed by file, then position, then rule, so output is stable run to run. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::rule)
            .thenComparing(f -> f.message().key())
            .thenComparing(f -> f.message().args().toString());

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, clause, newSeverity, location, message, hint);
    }
}
