package ru.perechen.tp.model;

/** Clause 4.8: the kinds of document a point or process is identified from. */
public enum BasisType implements Code {
    LAW("law", "нормативный правовой акт", "statutory act"),
    INTERNAL_ACT("internal-act", "ненормативный / внутренний акт", "internal act"),
    CONTRACT("contract", "акт, контракт, соглашение о работе точки", "act, contract or agreement on the point"),
    ORDER("order", "распорядительное действие (поручение, резолюция)", "instruction (order, resolution)");

    private final String code;
    private final String labelRu;
    private final String labelEn;

    BasisType(String code, String labelRu, String labelEn) {
        this.code = code;
        this.labelRu = labelRu;
        this.labelEn = labelEn;
    }

    @Override public String code() { return code; }
    @Override public String labelRu() { return labelRu; }
    @Override public String labelEn() { return labelEn; }
}
