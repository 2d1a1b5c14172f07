package ru.perechen.tp.model;

/**
 * The 18 kinds of interaction point listed in clauses 3.2 (online) and 3.3 (offline), in the
 * Order's sequence. The kind fixes the channel and what an address of the point looks like.
 */
public enum PointKind implements Code {
    WEBSITE("website", Channel.ONLINE, AddressForm.URL,
            "Официальный сайт Министерства", "Official website of the Ministry"),
    SOCIAL_PUBLIC("social-public", Channel.ONLINE, AddressForm.URL,
            "Госпаблик (сообщество в социальной сети)", "Official social-media community"),
    MESSENGER_CHANNEL("messenger-channel", Channel.ONLINE, AddressForm.URL,
            "Канал или публичный чат в мессенджере", "Messenger channel or public chat"),
    ONLINE_SERVICE("online-service", Channel.ONLINE, AddressForm.URL,
            "Онлайн-сервис (например, og.rkursk.ru/send, vmeste46.ru)", "Online service"),
    FEEDBACK_WIDGET("feedback-widget", Channel.ONLINE, AddressForm.URL,
            "Виджет «Платформы обратной связи» в информационной системе", "Feedback Platform widget"),
    GOSUSLUGI("gosuslugi", Channel.ONLINE, AddressForm.URL,
            "ЕПГУ / РПГУ", "Federal or regional public services portal"),
    PERSONAL_CHAT("personal-chat", Channel.ONLINE, AddressForm.URL,
            "Персональный чат в социальной сети или мессенджере", "Personal chat in a social network or messenger"),
    EDMS("edms", Channel.ONLINE, AddressForm.URL_OR_SYSTEM,
            "Система электронного документооборота (СЭД)", "Electronic document management system"),
    EMAIL("email", Channel.ONLINE, AddressForm.EMAIL,
            "Электронная почта", "E-mail"),
    VIDEO_CONFERENCE("video-conference", Channel.ONLINE, AddressForm.URL_OR_SYSTEM,
            "Видеоконференцсвязь (ВКС)", "Video conferencing"),
    WORKSTATION("workstation", Channel.ONLINE, AddressForm.URL_OR_SYSTEM,
            "Автоматизированное рабочее место государственного служащего (АРМ ГС)", "Civil servant's workstation"),
    PHONE("phone", Channel.OFFLINE, AddressForm.PHONE,
            "Телефонная связь", "Telephone"),
    RECEPTION("reception", Channel.OFFLINE, AddressForm.TEXT,
            "Место личного приёма граждан", "Reception of citizens in person"),
    PAPER("paper", Channel.OFFLINE, AddressForm.TEXT,
            "Письменное взаимодействие (письма, анкеты, опросы на бумаге)", "Written interaction on paper"),
    INTERNAL_OFFICE("internal-office", Channel.OFFLINE, AddressForm.TEXT,
            "Кабинет внутренних клиентов", "Office for internal clients"),
    CLIENT_WORKPLACE("client-workplace", Channel.OFFLINE, AddressForm.TEXT,
            "Рабочее место клиента", "Client's workplace"),
    REQUEST_LOG("request-log", Channel.OFFLINE, AddressForm.TEXT,
            "Журнал заявок", "Request log"),
    IN_PERSON("in-person", Channel.OFFLINE, AddressForm.TEXT,
            "Личное взаимодействие", "Personal interaction");

    /** What the {@code address} of a point of this kind must look like (clause 3.2, issue precisions). */
    public enum AddressForm {
        /** An https URL. */
        URL,
        /** An https URL or the name of an information system. */
        URL_OR_SYSTEM,
        /** An e-mail address. */
        EMAIL,
        /** A phone number. */
        PHONE,
        /** Free text: a postal address, a room. */
        TEXT
    }

    private final String code;
    private final Channel channel;
    private final AddressForm addressForm;
    private final String labelRu;
    private final String labelEn;

    PointKind(String code, Channel channel, AddressForm addressForm, String labelRu, String labelEn) {
        this.code = code;
        this.channel = channel;
        this.addressForm = addressForm;
        this.labelRu = labelRu;
        this.labelEn = labelEn;
    }

    @Override public String code() { return code; }
    @Override public String labelRu() { return labelRu; }
    @Override public String labelEn() { return labelEn; }

    public Channel channel() { return channel; }

    public AddressForm addressForm() { return addressForm; }
}
