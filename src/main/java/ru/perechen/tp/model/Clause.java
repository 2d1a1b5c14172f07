package ru.perechen.tp.model;

/**
 * The clauses of the Order (poryadok.txt) that the tool enforces or records. A rule, a change and
 * a report section cite one of these, so a cited clause is always one that exists.
 */
public enum Clause {
    C1_2("1.2", "Основная цель ведения Перечня", "The purpose of the register"),
    C1_3("1.3", "Задачи формирования и ведения Перечня", "The tasks of the register"),
    C1_4("1.4", "Включение и исключение услуг, сервисов и функций", "Inclusion and exclusion of services and functions"),
    C3_1("3.1", "Онлайн- и оффлайн-точки", "Online and offline points"),
    C3_2("3.2", "Онлайн-точки взаимодействия", "Online points"),
    C3_3("3.3", "Оффлайн-точки взаимодействия", "Offline points"),
    C3_4("3.4", "Общие требования к онлайн-точкам", "General requirements for online points"),
    C3_5("3.5", "Общие требования к оффлайн-точкам", "General requirements for offline points"),
    C3_6("3.6", "Личный приём в режиме одного окна", "One-stop reception"),
    C4_1("4.1", "Перечень формируется с учётом реестра процессов", "The register follows the process registry"),
    C4_2("4.2", "Формирование по требованиям Порядка", "Formation under this Order"),
    C4_3("4.3", "Уполномоченное лицо", "The authorized person"),
    C4_4("4.4", "Проверка полноты и соответствия сведений", "Checking completeness and conformity"),
    C4_5("4.5", "Сведения готовят структурные подразделения", "Units prepare the data"),
    C4_6("4.6", "Процессы взаимодействия с внешним и внутренним клиентом", "Processes for external and internal clients"),
    C4_7("4.7", "Ключевые и маловостребованные точки", "Key and low-demand points"),
    C4_8("4.8", "Основания выявления точек", "The basis for identifying points"),
    C4_9("4.9", "Удовлетворяемые потребности клиента", "Client needs met"),
    C4_10("4.10", "Недопустимость формального подхода", "No formal approach"),
    C4_11("4.11", "Точки не дублируются в рамках процесса", "No duplicate points within a process"),
    C4_12("4.12", "Точка и виды действий в ней", "A point and the actions taken there"),
    C4_13("4.13", "Принципы формирования точек", "Principles for points"),
    C5_1("5.1", "Контроль рабочей группы", "Control by the working group"),
    C5_2("5.2", "Актуализированные сведения", "Up-to-date information"),
    C6_1("6.1", "Утверждение внутриведомственным актом", "Approval by an internal act"),
    C6_2("6.2", "Размещение утверждённого Перечня", "Publication of the approved register"),
    C6_3("6.3", "Случаи актуализации", "When the register is brought up to date"),
    C6_3_1("6.3.1", "Включение (исключение) услуг, функций, сервисов в реестр процессов", "Processes included in or excluded from the registry"),
    C6_3_2("6.3.2", "Изменение вида точки взаимодействия", "A point's kind changed"),
    C6_3_3("6.3.3", "Изменение удовлетворяемых потребностей клиента в точке", "The needs met at a point changed"),
    C6_4("6.4", "Руководители сообщают об изменениях", "Heads of units report changes"),
    C6_5("6.5", "Размещение в течение 10 рабочих дней", "Publication within 10 working days");

    private final String number;
    private final String titleRu;
    private final String titleEn;

    Clause(String number, String titleRu, String titleEn) {
        this.number = number;
        this.titleRu = titleRu;
        this.titleEn = titleEn;
    }

    /** The clause number as printed in findings and changes, for example {@code 4.10}. */
    public String number() {
        return number;
    }

    public String title(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleRu;
    }

    @Override
    public String toString() {
        return number;
    }
}
