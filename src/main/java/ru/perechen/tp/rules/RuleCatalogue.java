package ru.perechen.tp.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every rule of the validator, in one explicit list sorted by id: no classpath scanning, so the
 * set of rules is what this file says. Docs (docs/rules.md) and machine formats read it.
 */
public final class RuleCatalogue {

    private static final List<Rule> ALL = Stream.<Rule>of(
                    new AccessibilityRule(),
                    new AddressFormatRule(),
                    new AuthorizedPersonRule(),
                    new BasisRule(),
                    new CategoryCoverageRule(),
                    new ChannelKindRule(),
                    new DuplicatePointRule(),
                    new FormalApproachRule(),
                    new IdRule(),
                    new NeedsRule(),
                    new OfflineAlternativeRule(),
                    new OnlineFirstRule(),
                    new ProcessPointsRule(),
                    new ReferenceRule(),
                    new RequirementNotMetRule(),
                    new RequirementsRule(),
                    new ReviewersRule(),
                    new SchemaRule(),
                    new SurveyLinkRule(),
                    new UnfinishedRule(),
                    new UnitRule(),
                    new YamlSyntaxRule())
            .sorted(Comparator.comparing(Rule::id))
            .toList();

    /** The rule that reports unreadable files: switching it off would let a broken file pass silently. */
    private static final String NOT_CONFIGURABLE = "yaml-syntax";

    private RuleCatalogue() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    public static List<String> ids() {
        return ALL.stream().map(Rule::id).toList();
    }

    public static Optional<Rule> find(String id) {
        return ALL.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }

    /** Whether register.yaml may change the rule's severity or switch it off. */
    public static boolean configurable(String id) {
        return !NOT_CONFIGURABLE.equals(id);
    }
}
