package ru.perechen.tp.model;

/**
 * One entry of {@code rules:} in register.yaml, as written: a rule id and {@code error},
 * {@code warning} or {@code off}. Kept raw here; the {@code schema} rule checks ids and values.
 */
public record RuleSetting(String rule, String value, Location location) {
}
