package ru.perechen.tp.model;

/** Clause 4.13(4): what a point offers clients with health problems, low digital skills or little Russian. */
public enum AccessibilityFeature implements Code {
    VISION("vision", "для людей с нарушениями зрения", "for people with impaired vision"),
    HEARING("hearing", "для людей с нарушениями слуха", "for people with impaired hearing"),
    MOBILITY("mobility", "для людей с ограниченной подвижностью", "for people with reduced mobility"),
    LOW_DIGITAL_SKILLS("low-digital-skills", "для людей с низкими цифровыми навыками", "for people with low digital skills"),
    FOREIGN_LANGUAGE("foreign-language", "для клиентов с низким уровнем знания русского языка", "for clients with little Russian");

    private final String code;
    private final String labelRu;
    private final String labelEn;

    AccessibilityFeature(String code, String labelRu, String labelEn) {
        this.code = code;
        this.labelRu = labelRu;
        this.labelEn = labelEn;
    }

    @Override public String code() { return code; }
    @Override public String labelRu() { return labelRu; }
    @Override public String labelEn() { return labelEn; }
}
