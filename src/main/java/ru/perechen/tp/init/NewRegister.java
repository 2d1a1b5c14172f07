package ru.perechen.tp.init;

import ru.perechen.tp.draft.YamlText;
import ru.perechen.tp.load.RecordFormat;

/**
 * What a new register starts with: the organization whose register it is, its title and
 * language, and, when already known, the unit and the authorized person who keep it (4.3). Without
 * them register.yaml shows where they go, and {@code tp validate} says that they are missing.
 *
 * @param unitId       the keeping unit's id, or {@code null}
 * @param unitName     the keeping unit's name, or {@code null}
 * @param personName   the authorized person's name, or {@code null}
 * @param personPosition the authorized person's position, or {@code null}
 */
public record NewRegister(String organizationId, String organizationName, String title, String locale,
                          String unitId, String unitName, String personName, String personPosition) {

    /** The title the register gets when none is given. */
    public static String defaultTitle(String organizationName) {
        return "Перечень точек взаимодействия с внешними и внутренними клиентами (" + organizationName + ")";
    }

    /** Whether an id can be an organization's or a unit's id ({@code minkult}, {@code otdel-kadrov}). */
    public static boolean validId(String id) {
        return id != null && RecordFormat.LOCAL_ID.matcher(id).matches();
    }

    public boolean hasUnit() {
        return unitId != null && unitName != null;
    }

    public boolean hasPerson() {
        return hasUnit() && personName != null && personPosition != null;
    }

    /** register.yaml, in the format of docs/format.md. */
    public String registerYaml() {
        StringBuilder out = new StringBuilder();
        out.append("# yaml-language-server: $schema=").append(RepositoryTemplate.SCHEMA_FOLDER)
                .append("/register.schema.json\n");
        out.append("# Перечень точек взаимодействия: общие сведения. Создан командой tp init.\n");
        out.append("format: ").append(RecordFormat.VERSION).append('\n');
        out.append("title: ").append(YamlText.scalar(title)).append('\n');
        out.append("locale: ").append(locale).append('\n');
        out.append("organizations:\n");
        out.append("  - id: ").append(YamlText.scalar(organizationId)).append('\n');
        out.append("    name: ").append(YamlText.scalar(organizationName)).append('\n');
        out.append("    role: ministry\n");
        out.append("\n# Структурные подразделения, которые готовят сведения о процессах и точках (п. 4.5)\n");
        out.append("# и сообщают об изменениях (п. 6.4). reviewers: кто проверяет изменения их файлов.\n");
        if (hasUnit()) {
            out.append("units:\n");
            out.append("  - id: ").append(YamlText.scalar(unitId)).append('\n');
            out.append("    name: ").append(YamlText.scalar(unitName)).append('\n');
            out.append("    organization: ").append(YamlText.scalar(organizationId)).append('\n');
            out.append("    # reviewers: [\"@имя\"]\n");
        } else {
            out.append("# units:\n");
            out.append("#   - id: otdel-obrashcheniy\n");
            out.append("#     name: Отдел организационной работы и обращений граждан\n");
            out.append("#     organization: ").append(organizationId).append('\n');
            out.append("#     reviewers: [\"@имя\"]\n");
        }
        out.append("\n# Уполномоченное лицо, ответственное за ведение Перечня (пп. 4.3, 4.4).\n");
        if (hasPerson()) {
            out.append("authorized-person:\n");
            out.append("  name: ").append(YamlText.scalar(personName)).append('\n');
            out.append("  position: ").append(YamlText.scalar(personPosition)).append('\n');
            out.append("  unit: ").append(YamlText.scalar(unitId)).append('\n');
        } else {
            out.append("# authorized-person:\n");
            out.append("#   name: Фамилия Имя Отчество\n");
            out.append("#   position: должность\n");
            out.append("#   unit: ").append(hasUnit() ? unitId : "otdel-obrashcheniy").append('\n');
        }
        return out.toString();
    }
}
