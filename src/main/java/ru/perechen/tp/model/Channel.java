package ru.perechen.tp.model;

/** Clause 3.1: a point is reached online or offline; the channel follows from the point's kind. */
public enum Channel implements Code {
    ONLINE("online", "онлайн", "online"),
    OFFLINE("offline", "офлайн", "offline");

    private final String code;
    private final String labelRu;
    private final String labelEn;

    Channel(String code, String labelRu, String labelEn) {
        this.code = code;
        this.labelRu = labelRu;
        this.labelEn = labelEn;
    }

    @Override public String code() { return code; }
    @Override public String labelRu() { return labelRu; }
    @Override public String labelEn() { return labelEn; }
}
