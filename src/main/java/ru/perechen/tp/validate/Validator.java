package ru.perechen.tp.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import ru.perechen.tp.model.Finding;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.RuleSetting;
import ru.perechen.tp.model.Severity;
import ru.perechen.tp.rules.Reporter;
import ru.perechen.tp.rules.Rule;
import ru.perechen.tp.rules.RuleCatalogue;
import ru.perechen.tp.rules.SchemaRule;

/**
 * Runs rules over a register and gathers their findings into a {@link ValidationReport}. Rules
 * run in parallel (each is stateless and reads the register's shared indexes); the register's own
 * severity overrides ({@code rules:} in register.yaml) are applied last; findings are sorted so
 * that output does not depend on thread timing.
 */
public final class Validator {

    private final List<Rule> rules;

    public Validator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** A validator with every rule of the catalogue. */
    public static Validator withAllRules() {
        return new Validator(RuleCatalogue.all());
    }

    /** A validator with only the named rules (tests run one rule at a time). */
    public static Validator withRules(Set<String> ids) {
        return new Validator(RuleCatalogue.all().stream().filter(rule -> ids.contains(rule.id())).toList());
    }

    public ValidationReport validate(Register register) {
        Map<String, String> levels = levels(register);
        List<Finding> findings = new ArrayList<>(rules.parallelStream()
                .filter(rule -> !"off".equals(levels.get(rule.id())))
                .flatMap(rule -> {
                    Reporter reporter = new Reporter(rule.info());
                    rule.check(register, reporter);
                    return reporter.findings().stream();
                })
                .map(finding -> override(finding, levels.get(finding.rule())))
                .toList());
        findings.sort(Finding.ORDER);
        return new ValidationReport(findings, register.pointFiles(), register.processFiles(), files(register));
    }

    /** Every file the register was read from: register.yaml, each record, and each file that could not be read. */
    private static List<String> files(Register register) {
        Set<String> files = new TreeSet<>();
        files.add(register.header().origin().file());
        register.points().forEach(point -> files.add(point.origin().file()));
        register.processes().forEach(process -> files.add(process.origin().file()));
        register.readProblems().forEach(problem -> files.add(problem.location().file()));
        return List.copyOf(files);
    }

    /** The overrides written in register.yaml that are valid; the schema rule reports the others. */
    private static Map<String, String> levels(Register register) {
        Map<String, String> levels = new HashMap<>();
        for (RuleSetting setting : register.header().ruleSettings()) {
            if (RuleCatalogue.find(setting.rule()).isPresent() && RuleCatalogue.configurable(setting.rule())
                    && SchemaRule.LEVELS.contains(setting.value())) {
                levels.put(setting.rule(), setting.value());
            }
        }
        return levels;
    }

    private static Finding override(Finding finding, String level) {
        if ("error".equals(level)) {
            return finding.withSeverity(Severity.ERROR);
        }
        if ("warning".equals(level)) {
            return finding.withSeverity(Severity.WARNING);
        }
        return finding;
    }
}
