package ru.perechen.tp.rules;

import ru.perechen.tp.load.RecordFormat;
import ru.perechen.tp.model.Clause;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.Severity;
import ru.perechen.tp.model.Unit;

/**
 * Once the register names reviewers for its units, every unit has some (6.4: heads of units report
 * their changes, and a pull request touching a unit's files must reach someone of that unit).
 * A register that names no reviewers at all is not asked to. Each reviewer is written as the
 * platforms' CODEOWNERS files accept it: {@code @user}, {@code @group/team} or an e-mail address,
 * since GitHub skips a CODEOWNERS line with an owner it cannot read.
 */
@RuleInfo(id = "reviewers", clause = Clause.C6_4, severity = Severity.WARNING)
public final class ReviewersRule implements Rule {

    @Override
    public void check(Register register, Reporter reporter) {
        boolean anyReviewers = register.header().units().stream()
                .anyMatch(unit -> unit.reviewers() != null && !unit.reviewers().isEmpty());
        if (!anyReviewers) {
            return;
        }
        for (Unit unit : register.header().units()) {
            if (unit.reviewers() == null || unit.reviewers().isEmpty()) {
                reporter.report(unit.origin().location(), "none", unit.id() == null ? "?" : unit.id());
                continue;
            }
            for (String reviewer : unit.reviewers()) {
                if (!RecordFormat.REVIEWER.matcher(reviewer).matches()) {
                    reporter.report(unit.origin().at("reviewers"), "form", reviewer);
                }
            }
        }
    }
}
