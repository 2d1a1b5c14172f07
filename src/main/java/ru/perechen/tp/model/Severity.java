package ru.perechen.tp.model;

/** How much a finding matters: errors fail validation, warnings only under {@code --strict}. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
