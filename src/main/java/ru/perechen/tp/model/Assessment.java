package ru.perechen.tp.model;

/** Clauses 3.4 and 3.5: how far a point meets one requirement. */
public enum Assessment implements Code {
    MET("met", "выполнено", "met"),
    PARTLY("partly", "выполнено частично", "partly met"),
    NOT_MET("not-met", "не выполнено", "not met"),
    NOT_APPLICABLE("n/a", "не применимо", "not applicable");

    private final String code;
    private final String labelRu;
    private final String labelEn;

    Assessment(String code, String labelRu, String labelEn) {
        this.code = code;
        this.labelRu = labelRu;
        this.labelEn = labelEn;
    }

    @Override public String code() { return code; }
    @Override public String labelRu() { return labelRu; }
    @Override public String labelEn() { return labelEn; }
}
