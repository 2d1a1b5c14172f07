package ru.perechen.tp.validate;

import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

import ru.perechen.tp.model.Finding;
import ru.perechen.tp.model.Severity;

/**
 * What validation found, in stable order, with the counts the summary prints.
 *
 * @param pointFiles   point files found, including unreadable ones
 * @param processFiles process files found, including unreadable ones
 * @param files        every file checked (register-relative, sorted), so that formats that list
 *                     files (JUnit) can show the ones that passed too
 */
public record ValidationReport(List<Finding> findings, int pointFiles, int processFiles, List<String> files) {

    public ValidationReport {
        findings = List.copyOf(findings);
        TreeSet<String> sorted = new TreeSet<>(files);
        findings.forEach(finding -> sorted.add(finding.location().file()));
        files = List.copyOf(sorted);
    }

    /** A report that knows only the files its findings are in. */
    public ValidationReport(List<Finding> findings, int pointFiles, int processFiles) {
        this(findings, pointFiles, processFiles, List.of());
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

    /** The same checked files with only the findings kept; the counts of files stay as they were. */
    public ValidationReport only(Predicate<Finding> keep) {
        return new ValidationReport(findings.stream().filter(keep).toList(), pointFiles, processFiles, files);
    }
}
