package ru.perechen.tp.rules;

import ru.perechen.tp.model.Register;

/**
 * One check of the Order, in a class of its own named after it and annotated with {@link RuleInfo}.
 * A rule reads the register (its shared indexes included) and reports what it finds; it keeps
 * no state between calls, so rules run in parallel.
 */
public interface Rule {

    void check(Register register, Reporter reporter);

    default RuleInfo info() {
        RuleInfo info = getClass().getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(getClass().getName() + " has no @RuleInfo");
        }
        return info;
    }

    default String id() {
        return info().id();
    }
}
