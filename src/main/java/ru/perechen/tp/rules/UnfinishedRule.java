package ru.perechen.tp.rules;

import ru.perechen.tp.model.Clause;
import ru.perechen.tp.model.ReadProblem;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.Severity;

/**
 * A place left for a person ({@code ЗАПОЛНИТЕ}, {@code ОЦЕНИТЕ}: what {@code tp new} writes where
 * only a person knows the value) is still to be filled in. A warning, so that a draft can be
 * committed and reviewed; {@code tp approve} refuses a register that still has one (4.4: the
 * authorized person checks the data for completeness before it is approved).
 */
@RuleInfo(id = "unfinished", clause = Clause.C4_4, severity = Severity.WARNING)
public final class UnfinishedRule implements Rule {

    @Override
    public void check(Register register, Reporter reporter) {
        for (ReadProblem problem : register.readProblems()) {
            if (problem.kind() == ReadProblem.Kind.PLACEHOLDER) {
                reporter.report(problem);
            }
        }
    }
}
