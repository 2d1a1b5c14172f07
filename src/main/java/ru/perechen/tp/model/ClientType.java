package ru.perechen.tp.model;

/** Clause 2 and 4.6: whom a process serves: citizens and organisations, or the ministry's own employees. */
public enum ClientType implements Code {
    EXTERNAL("external", "внешний клиент", "external client"),
    INTERNAL("internal", "внутренний клиент", "internal client");

    private final String code;
    private final String labelRu;
    private final String labelEn;

    ClientType(String code, String labelRu, String labelEn) {
        this.code = code;
        this.labelRu = labelRu;
        this.labelEn = labelEn;
    }

    @Override public String code() { return code; }
    @Override public String labelRu() { return labelRu; }
    @Override public String labelEn() { return labelEn; }
}
