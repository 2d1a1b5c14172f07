package ru.perechen.tp.cli;

import java.util.List;
import java.util.Set;

import ru.perechen.tp.history.RegisterRepository;
import ru.perechen.tp.history.RepositoryException;
import ru.perechen.tp.history.Revision;
import ru.perechen.tp.validate.ChangeScope;
import ru.perechen.tp.validate.ValidationReport;
import ru.perechen.tp.validate.Validator;

/**
 * {@code --changed-since REF}: the findings a change since REF is answerable for. Git says which
 * files of the register differ between REF and what is validated (the working tree, or {@code --rev});
 * the register at REF is validated too, so that a finding elsewhere that REF did not have (a
 * process that lost its last point) is kept as well. A REF without the register (from before it
 * was added) has no findings: everything is new.
 */
final class ChangedSince {

    private static final ValidationReport NOTHING = new ValidationReport(List.of(), 0, 0);

    /** The scope, with what it was measured from and how many files changed. */
    record Scope(Revision base, Set<String> changedFiles, ChangeScope scope) {

        ValidationReport apply(ValidationReport report) {
            return scope.apply(report);
        }
    }

    private ChangedSince() {
    }

    /**
     * @param ref what the change is measured from: a tag, branch, commit or {@code latest}
     * @param rev the revision validated, or {@code null} for the working tree
     */
    static Scope of(RegisterRepository repository, String ref, String rev) throws RepositoryException {
        Revision base = RevisionOpener.resolve(repository, ref);
        Set<String> changed = rev == null ? repository.changedSince(base)
                : repository.changedBetween(base, RevisionOpener.resolve(repository, rev));
        ValidationReport before = repository.loadIfPresent(base).map(Validator.withAllRules()::validate).orElse(NOTHING);
        return new Scope(base, changed, ChangeScope.since(changed, before));
    }
}
