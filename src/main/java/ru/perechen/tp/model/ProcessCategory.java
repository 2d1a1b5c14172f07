package ru.perechen.tp.model;

/**
 * Clause 4.6: the directions of activity for which the register must hold processes: six for
 * external clients, ten for internal ones. A process's category must belong to its client type.
 */
public enum ProcessCategory implements Code {
    PUBLIC_SERVICES("public-services", ClientType.EXTERNAL,
            "предоставление государственных услуг", "provision of public services"),
    SUPPORT_MEASURES("support-measures", ClientType.EXTERNAL,
            "меры государственной поддержки", "state support measures"),
    CONTROL_SUPERVISION("control-supervision", ClientType.EXTERNAL,
            "государственный контроль (надзор)", "state control (supervision)"),
    APPEALS("appeals", ClientType.EXTERNAL,
            "рассмотрение обращений и запросов", "consideration of appeals and requests"),
    EMPLOYEE_RELATIONS("employee-relations", ClientType.EXTERNAL,
            "организация отношений с внутренним клиентом (сотрудником)", "relations with the internal client (employee)"),
    ACTIVITY_INFORMATION("activity-information", ClientType.EXTERNAL,
            "информация о деятельности Министерства", "information on the Ministry's activity"),
    EQUIPMENT("equipment", ClientType.INTERNAL,
            "материально-техническое оснащение", "equipment and supplies"),
    WORK_REGULATION("work-regulation", ClientType.INTERNAL,
            "регламентация профессиональной деятельности", "regulation of professional activity"),
    WORK_AUTOMATION("work-automation", ClientType.INTERNAL,
            "автоматизация профессиональной деятельности", "automation of professional activity"),
    COOPERATION("cooperation", ClientType.INTERNAL,
            "взаимодействие с подразделениями, органами и организациями", "cooperation with units, agencies and organisations"),
    PROFESSIONAL_DEVELOPMENT("professional-development", ClientType.INTERNAL,
            "профессиональное развитие", "professional development"),
    CAREER_GROWTH("career-growth", ClientType.INTERNAL,
            "должностной рост", "career growth"),
    TEAM_RELATIONS("team-relations", ClientType.INTERNAL,
            "взаимоотношения в коллективе", "relations between colleagues"),
    WORK_ELEMENTS("work-elements", ClientType.INTERNAL,
            "элементы профессиональной деятельности (труда)", "elements of professional activity (work)"),
    HR_REQUESTS("hr-requests", ClientType.INTERNAL,
            "запросы и обращения в кадровую службу", "requests and appeals to the HR service"),
    RULEMAKING_CONTRACTS("rulemaking-contracts", ClientType.INTERNAL,
            "нормотворчество, оформление и исполнение договоров", "rule-making, drafting and performance of contracts");

    private final String code;
    private final ClientType client;
    private final String labelRu;
    private final String labelEn;

    ProcessCategory(String code, ClientType client, String labelRu, String labelEn) {
        this.code = code;
        this.client = client;
        this.labelRu = labelRu;
        this.labelEn = labelEn;
    }

    @Override public String code() { return code; }
    @Override public String labelRu() { return labelRu; }
    @Override public String labelEn() { return labelEn; }

    /** The client type the category belongs to (4.6 lists the two groups separately). */
    public ClientType client() { return client; }
}
