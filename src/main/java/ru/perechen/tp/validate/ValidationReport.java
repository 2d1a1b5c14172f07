package ru.perechen.tp.validate;

import java.util.List;

import ru.perechen.tp.model.Finding;
import ru.perechen.tp.model.Severity;

/**
 * What validation found, in stable order, with the counts the summary prints.
 *
 * @param pointFiles   point files found, including unreadable ones
 * @param processFiles process files found, including unreadable ones
 */
public record ValidationReport(List<Finding> findings, int pointFiles, int processFiles) {

    public ValidationReport {
        findings = List.copyOf(findings);
    }

    public long errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    public long warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    }

    /** Whether the register fails: any error, or under {@code --strict} any warning. */
    public boolean failed(boolean strict) {
        return errors() > 0 || (strict && warnings() > 0);
    }
}
