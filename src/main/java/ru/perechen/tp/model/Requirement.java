package ru.perechen.tp.model;

import java.util.Arrays;
import java.util.List;

/**
 * The general requirements of clause 3.4 (online points, letters а–и) and 3.5 (offline points,
 * letters а–г). Every point is assessed against each requirement of its channel.
 */
public enum Requirement implements Code {
    PUBLIC("public", Channel.ONLINE, "а", "в открытом доступе на официальных страницах",
            "publicly available on official pages"),
    OFFICIAL_APPEALS("official-appeals", Channel.ONLINE, "б", "взаимодействие при официальном обращении",
            "serve official appeals"),
    FREE_ACCESS("free-access", Channel.ONLINE, "в", "общедоступны и бесплатны",
            "open to all and free"),
    DATA_PROTECTION("data-protection", Channel.ONLINE, "г", "безопасность и конфиденциальность данных",
            "keep data safe and confidential"),
    ACTION_FEEDBACK("action-feedback", Channel.ONLINE, "д", "обратная связь по любому действию",
            "acknowledge every action"),
    EASY_FORMS("easy-forms", Channel.ONLINE, "е", "заполнение форм с минимальными затратами",
            "forms take minimal effort"),
    SATISFACTION_RATING("satisfaction-rating", Channel.ONLINE, "ж", "возможность оценить удовлетворённость",
            "satisfaction can be rated"),
    REPLY_TEMPLATES("reply-templates", Channel.ONLINE, "з", "шаблоны ответов и правила для нетиповых",
            "reply templates and rules for non-standard messages"),
    SURVEY_LINK("survey-link", Channel.ONLINE, "и", "ответ содержит ссылку на онлайн-опрос",
            "replies carry a link to the satisfaction survey"),
    RECEIPT_NOTICE("receipt-notice", Channel.OFFLINE, "а", "уведомление о получении",
            "notice of receipt"),
    COMPLETE_ANSWER("complete-answer", Channel.OFFLINE, "б", "исчерпывающий ответ",
            "complete answer"),
    KNOWLEDGE_BASE("knowledge-base", Channel.OFFLINE, "в", "базы знаний с шаблонами ответов",
            "knowledge bases with reply templates"),
    QUICK_FEEDBACK("quick-feedback", Channel.OFFLINE, "г", "быстрая обратная связь: активные ссылки, QR-коды на опросы",
            "quick feedback: links and QR codes to surveys");

    private final String code;
    private final Channel channel;
    private final String letter;
    private final String labelRu;
    private final String labelEn;

    Requirement(String code, Channel channel, String letter, String labelRu, String labelEn) {
        this.code = code;
        this.channel = channel;
        this.letter = letter;
        this.labelRu = labelRu;
        this.labelEn = labelEn;
    }

    @Override public String code() { return code; }
    @Override public String labelRu() { return labelRu; }
    @Override public String labelEn() { return labelEn; }

    /** The channel whose points are assessed against this requirement. */
    public Channel channel() { return channel; }

    /** The letter of the requirement in its clause (3.4 «а»…«и», 3.5 «а»…«г»). */
    public String letter() { return letter; }

    /** The clause that sets the requirement: 3.4 for online points, 3.5 for offline ones. */
    public Clause clause() { return channel == Channel.ONLINE ? Clause.C3_4 : Clause.C3_5; }

    /** The requirements of one channel, in the Order's sequence. */
    public static List<Requirement> of(Channel channel) {
        return Arrays.stream(values()).filter(r -> r.channel == channel).toList();
    }
}
