package ru.perechen.tp.model;

/** Clause 4.7: low-demand points are recorded too, and flagged as such. */
public enum Demand implements Code {
    NORMAL("normal", "обычная востребованность", "normal demand"),
    LOW("low", "маловостребованная точка", "low demand");

    private final String code;
    private final String labelRu;
    private final String labelEn;

    Demand(String code, String labelRu, String labelEn) {
        this.code = code;
        this.labelRu = labelRu;
        this.labelEn = labelEn;
    }

    @Override public String code() { return code; }
    @Override public String labelRu() { return labelRu; }
    @Override public String labelEn() { return labelEn; }
}
