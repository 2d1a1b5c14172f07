package ru.perechen.tp.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ru.perechen.tp.model.Finding;

/**
 * The findings a change is answerable for, so that a pull request shows its own problems and not
 * the register's old ones: every finding in a file the change touched, and every finding elsewhere
 * that the base revision did not have (a point removed leaves its process without points; a new
 * point duplicates an old one). The whole register is still validated, so references and
 * duplicates are judged against all of it; the scope only chooses what to show.
 *
 * <p>Paths are register-relative, as in {@link ru.perechen.tp.model.Location#file()}; the caller
 * that reads Git maps repository paths to them.
 */
public final class ChangeScope {

    private final Set<String> changedFiles;
    private final Set<String> baseFingerprints;

    private ChangeScope(Set<String> changedFiles, Set<String> baseFingerprints) {
        this.changedFiles = Set.copyOf(changedFiles);
        this.baseFingerprints = baseFingerprints == null ? null : Set.copyOf(baseFingerprints);
    }

    /** Findings in these files only (when the base revision's findings are not known). */
    public static ChangeScope files(Set<String> changedFiles) {
        return new ChangeScope(changedFiles, null);
    }

    /** Findings in these files, and findings elsewhere that the base report did not have. */
    public static ChangeScope since(Set<String> changedFiles, ValidationReport base) {
        return new ChangeScope(changedFiles, new HashSet<>(FindingFingerprints.of(base.findings())));
    }

    public ValidationReport apply(ValidationReport report) {
        List<Finding> findings = report.findings();
        List<String> names = FindingFingerprints.of(findings);
        Set<Finding> kept = new HashSet<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            if (changedFiles.contains(finding.location().file())
                    || (baseFingerprints != null && !baseFingerprints.contains(names.get(i)))) {
                kept.add(finding);
            }
        }
        return report.only(kept::contains);
    }
}
