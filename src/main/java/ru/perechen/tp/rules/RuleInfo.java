package ru.perechen.tp.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import ru.perechen.tp.model.Clause;
import ru.perechen.tp.model.Severity;

/**
 * A rule's metadata: its id (as used in findings and in {@code rules:} overrides), the clause of
 * the Order it enforces and its default severity. The summary and the messages are in the
 * {@code rules} resource bundles under {@code <id>.summary} and {@code <id>.<message-id>}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

    String id();

    Clause clause();

    Severity severity();
}
