package ru.perechen.tp.model;

/** Clause 4.1: the registry holds inter-agency and intra-agency processes. */
public enum ProcessScope implements Code {
    INTERAGENCY("interagency", "межведомственный", "inter-agency"),
    INTRA_AGENCY("intra-agency", "внутриведомственный", "intra-agency");

    private final String code;
    private final String labelRu;
    private final String labelEn;

    ProcessScope(String code, String labelRu, String labelEn) {
        this.code = code;
        this.labelRu = labelRu;
        this.labelEn = labelEn;
    }

    @Override public String code() { return code; }
    @Override public String labelRu() { return labelRu; }
    @Override public String labelEn() { return labelEn; }
}
