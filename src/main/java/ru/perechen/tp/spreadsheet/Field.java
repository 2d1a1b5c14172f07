package ru.perechen.tp.spreadsheet;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a column of a spreadsheet holds, named as in a mapping file ({@link #key()}), with the
 * headers it is recognised by: those {@code tp publish} writes (Russian and English) and those a
 * ministry's own list is likely to have. Headers are compared as {@link LooseText} does.
 */
enum Field {
    POINT_ID("id", "Код точки", "Код ТВ", "ID точки", "Идентификатор точки", "Point id"),
    POINT_NAME("name", "Наименование точки", "Наименование точки взаимодействия", "Точка взаимодействия",
            "Название точки", "Наименование ТВ", "Наименование", "Point name", "Name"),
    KIND("kind", "Вид точки", "Вид точки взаимодействия", "Тип точки", "Тип точки взаимодействия", "Вид", "Тип",
            "Kind of point", "Point kind", "Kind"),
    CHANNEL("channel", "Канал", "Канал взаимодействия", "Онлайн/офлайн", "Онлайн/оффлайн", "Channel"),
    ORGANIZATION_ID("organization", "Код организации", "Organization id"),
    ORGANIZATION_NAME("organization-name", "Организация", "Наименование организации", "Учреждение",
            "Орган, организация", "Organization"),
    UNIT_ID("unit", "Код подразделения", "Unit id"),
    UNIT_NAME("unit-name", "Подразделение", "Структурное подразделение", "Ответственное подразделение", "Unit"),
    ADDRESS("address", "Адрес", "Адрес точки", "Адрес точки взаимодействия", "Адрес, ссылка, телефон",
            "Ссылка, адрес", "Место нахождения", "Местонахождение", "Контакты", "Address"),
    PROCESS_ID("process", "Код процесса", "Process id"),
    PROCESS_NAME("process-name", "Наименование процесса", "Процесс", "Процессы", "Услуга, функция, процесс",
            "Наименование услуги (процесса)", "Process name", "Process", "Processes"),
    CLIENT("client", "Тип клиента", "Клиент", "Вид клиента", "Внешний/внутренний клиент", "Client type", "Client"),
    CATEGORY("category", "Направление деятельности", "Категория процесса", "Категория", "Category"),
    SCOPE("scope", "Вид процесса", "Межведомственный/внутриведомственный", "Scope"),
    PROCESS_UNIT("process-unit", "Подразделение процесса", "Подразделение, ответственное за процесс"),
    PROCESS_BASIS("process-basis", "Основания процесса", "Основание процесса"),
    PROCESS_NOTE("process-note", "Примечание к процессу"),
    NEEDS("needs", "Потребности клиента", "Потребности клиентов", "Потребности", "Потребность",
            "Потребность клиента", "Удовлетворяемые потребности", "Client needs", "Needs"),
    OTHER("other", "Другие потребности", "Иные потребности", "Другая потребность", "Other needs"),
    SURVEY("survey", "Ссылка на опрос", "Опрос", "Ссылка на опрос удовлетворённости", "Опрос удовлетворённости",
            "Survey link", "Survey"),
    DEMAND("demand", "Востребованность", "Востребованность точки", "Demand"),
    APPEALS_TRACKED("appeals-tracked", "Учёт обращений", "Обращения учитываются", "Учёт обращений ведётся",
            "Appeals tracked"),
    ACCESSIBILITY("accessibility", "Доступность", "Доступность для отдельных категорий клиентов",
            "Особенности клиентов", "Accessibility"),
    HISTORY("history", "История взаимодействий", "История", "История обращений", "Interaction history", "History"),
    REQUIREMENTS("requirements", "Соответствие требованиям", "Требования", "Соответствие общим требованиям",
            "Requirements"),
    BASIS("basis", "Основания", "Основание", "Основание для включения", "Основания включения", "Basis"),
    NOTE("note", "Примечание", "Примечания", "Комментарий", "Комментарии", "Note"),
    /** A column read on purpose by nobody: row numbers, counts, lists for readers. */
    IGNORE("ignore", "№ п/п", "N п/п", "Число точек", "Точки", "Point ids", "Points");

    private final String key;
    private final List<String> headers;

    Field(String key, String... headers) {
        this.key = key;
        this.headers = List.of(headers);
    }

    /** The field's name in a mapping file, as the format's key where there is one ({@code kind}, {@code needs}). */
    String key() {
        return key;
    }

    List<String> headers() {
        return headers;
    }

    static Optional<Field> byKey(String key) {
        return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
    }

    static List<String> keys() {
        return Arrays.stream(values()).map(Field::key).toList();
    }

    /**
     * What a column of a process table means where the point table's vocabulary named it: in a
     * sheet of processes, «Подразделение», «Основания» and «Примечание» are the process's own.
     */
    Field inProcessTable() {
        return switch (this) {
            case UNIT_ID, UNIT_NAME -> PROCESS_UNIT;
            case BASIS -> PROCESS_BASIS;
            case NOTE -> PROCESS_NOTE;
            case POINT_NAME -> PROCESS_NAME;
            case PROCESS_ID, PROCESS_NAME, CLIENT, CATEGORY, SCOPE, PROCESS_UNIT, PROCESS_BASIS, PROCESS_NOTE -> this;
            default -> IGNORE;
        };
    }
}
