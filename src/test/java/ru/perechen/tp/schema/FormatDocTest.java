package ru.perechen.tp.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ru.perechen.tp.model.AccessibilityFeature;
import ru.perechen.tp.model.Assessment;
import ru.perechen.tp.model.BasisType;
import ru.perechen.tp.model.Channel;
import ru.perechen.tp.model.ClientType;
import ru.perechen.tp.model.Code;
import ru.perechen.tp.model.Demand;
import ru.perechen.tp.model.Need;
import ru.perechen.tp.model.OrganizationRole;
import ru.perechen.tp.model.PointKind;
import ru.perechen.tp.model.ProcessCategory;
import ru.perechen.tp.model.ProcessScope;
import ru.perechen.tp.model.Requirement;

/**
 * The code tables of docs/format.md show the labels people see in messages and published pages:
 * every table row that names a code in a "Russian label" column carries the model's label.
 */
class FormatDocTest {

    private static final List<Class<? extends Code>> VOCABULARIES = List.of(PointKind.class, Channel.class,
            ProcessCategory.class, ClientType.class, ProcessScope.class, Need.class, BasisType.class,
            Requirement.class, Assessment.class, Demand.class, AccessibilityFeature.class, OrganizationRole.class);

    @Test
    void codeTablesCarryTheModelsRussianLabels() throws IOException {
        Map<String, String> labels = new HashMap<>();
        for (Class<? extends Code> vocabulary : VOCABULARIES) {
            for (Code code : vocabulary.getEnumConstants()) {
                String label = code.labelRu();
                labels.put(code.code(), Character.toUpperCase(label.charAt(0)) + label.substring(1));
            }
        }
        List<String> lines = Files.readAllLines(Path.of("docs/format.md"), StandardCharsets.UTF_8);
        int labelColumn = -1;
        int checked = 0;
        List<String> wrong = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith("|")) {
                labelColumn = -1;
                continue;
            }
            List<String> cells = cells(line);
            if (cells.contains("Russian label")) {
                labelColumn = cells.indexOf("Russian label");
                continue;
            }
            if (labelColumn < 0 || line.startsWith("|---") || labelColumn >= cells.size()) {
                continue;
            }
            String code = cells.stream().filter(c -> c.startsWith("`") && labels.containsKey(c.replace("`", "")))
                    .reduce((first, second) -> second).map(c -> c.replace("`", "")).orElse(null);
            if (code == null) {
                continue;
            }
            checked++;
            if (!cells.get(labelColumn).equals(labels.get(code))) {
                wrong.add(code + ": «" + cells.get(labelColumn) + "», the model says «" + labels.get(code) + "»");
            }
        }
        assertThat(checked).as("code rows checked").isGreaterThan(60);
        assertThat(wrong).isEmpty();
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.substring(1, line.length() - (line.endsWith("|") ? 1 : 0)).split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }
}
