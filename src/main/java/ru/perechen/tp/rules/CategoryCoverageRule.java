package ru.perechen.tp.rules;

import java.util.EnumSet;
import java.util.Set;

import ru.perechen.tp.model.Clause;
import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Message;
import ru.perechen.tp.model.ProcessCategory;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.Severity;

/**
 * The register holds information on each direction of 4.6: a category with no process at all is
 * worth a look (the ministry may have no such process, or it was forgotten). A register with no
 * process file at all (a new one) gets one finding instead of sixteen: the first step is to
 * describe the processes, not to review sixteen directions.
 */
@RuleInfo(id = "category-coverage", clause = Clause.C4_6, severity = Severity.WARNING)
public final class CategoryCoverageRule implements Rule {

    @Override
    public void check(Register register, Reporter reporter) {
        if (!register.header().readable()) {
            return;
        }
        if (register.processFiles() == 0) {
            reporter.reportWithHint(register.header().origin().location(), Message.of("hint.no-processes"),
                    "no-processes", ProcessCategory.values().length);
            return;
        }
        Set<ProcessCategory> covered = EnumSet.noneOf(ProcessCategory.class);
        for (InteractionProcess process : register.processes()) {
            if (process.category() != null) {
                covered.add(process.category());
            }
        }
        for (ProcessCategory category : ProcessCategory.values()) {
            if (!covered.contains(category)) {
                reporter.report(register.header().origin().location(), "no-process", category, category.client());
            }
        }
    }
}
