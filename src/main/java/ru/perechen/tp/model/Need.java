package ru.perechen.tp.model;

/** Clause 4.9: the needs of a client met at a point, in the order of a client's journey. */
public enum Need implements Code {
    INFORMATION("information", "получение информации, в т.ч. о ходе рассмотрения", "information, including progress of a case"),
    CONSULTATION("consultation", "консультация", "consultation"),
    FORMS("forms", "получение форм документов", "forms of documents"),
    SUBMISSION("submission", "подача заявления, обращения, запроса, документов", "submission of an application, appeal, request or documents"),
    RESULT("result", "получение результата, ответа, разъяснения", "result, answer or explanation"),
    INSPECTION("inspection", "предоставление объектов для осмотра (проверки)", "presenting objects for inspection"),
    FEEDBACK("feedback", "предоставление обратной связи", "giving feedback"),
    FEEDBACK_RESULT("feedback-result", "получение результата рассмотрения обратной связи", "result of the feedback"),
    OTHER("other", "другое", "other needs");

    private final String code;
    private final String labelRu;
    private final String labelEn;

    Need(String code, String labelRu, String labelEn) {
        this.code = code;
        this.labelRu = labelRu;
        this.labelEn = labelEn;
    }

    @Override public String code() { return code; }
    @Override public String labelRu() { return labelRu; }
    @Override public String labelEn() { return labelEn; }
}
