package ru.perechen.tp.model;

/** Whose points the register holds: the ministry, its subordinate institutions and the organisations authorised to interact for it. */
public enum OrganizationRole implements Code {
    MINISTRY("ministry", "министерство", "ministry"),
    SUBORDINATE("subordinate", "подведомственное учреждение", "subordinate institution"),
    AUTHORIZED("authorized", "учреждение, уполномоченное на взаимодействие", "authorised organisation");

    private final String code;
    private final String labelRu;
    private final String labelEn;

    OrganizationRole(String code, String labelRu, String labelEn) {
        this.code = code;
        this.labelRu = labelRu;
        this.labelEn = labelEn;
    }

    @Override public String code() { return code; }
    @Override public String labelRu() { return labelRu; }
    @Override public String labelEn() { return labelEn; }
}
