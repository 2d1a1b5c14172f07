package ru.perechen.tp.spreadsheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ru.perechen.tp.load.ParsedFile;
import ru.perechen.tp.load.SafeYamlParser;
import ru.perechen.tp.load.YamlNode;
import ru.perechen.tp.model.Code;
import ru.perechen.tp.model.Codes;
import ru.perechen.tp.model.ReadProblem;

/**
 * A mapping file ({@code tp import --mapping MAPPING.yaml}): how to read a spreadsheet whose headers
 * or labels tp does not know. Every key is optional:
 * <pre>
 * sheet: Лист1                 # the sheet of points (default: the first with a kind column)
 * processes-sheet: Процессы    # a sheet of processes (default: any sheet that looks like one)
 * header-row: 3                # the row of headers (default: found in the first rows)
 * columns:                     # header → field (a format key, or ignore)
 *   Наименование ТВ: name
 *   Телефон, сайт: address
 * values:                      # vocabulary → (what the sheet writes → code)
 *   kind:
 *     Горячая линия: phone
 * </pre>
 * Read with the project's {@link SafeYamlParser}: no tags, anchors or duplicate keys.
 */
public final class ColumnMapping {

    /** No mapping file: headers and labels as tp knows them. */
    public static final ColumnMapping NONE = new ColumnMapping(null, null, null, Map.of(), Map.of());

    private static final List<String> KEYS = List.of("sheet", "processes-sheet", "header-row", "columns", "values");

    private final String sheet;
    private final String processesSheet;
    private final Integer headerRow;
    private final Map<String, Field> columns;
    private final Map<Class<? extends Code>, Map<String, Code>> values;

    private ColumnMapping(String sheet, String processesSheet, Integer headerRow, Map<String, Field> columns,
                          Map<Class<? extends Code>, Map<String, Code>> values) {
        this.sheet = sheet;
        this.processesSheet = processesSheet;
        this.headerRow = headerRow;
        this.columns = columns;
        this.values = values;
    }

    /** The sheet of points by name, or {@code null}. */
    String sheet() {
        return sheet;
    }

    /** The sheet of processes by name, or {@code null}. */
    String processesSheet() {
        return processesSheet;
    }

    /** The row of headers, or {@code null} to find it. */
    Integer headerRow() {
        return headerRow;
    }

    /** Fields by the {@link LooseText} key of their header. */
    Map<String, Field> columns() {
        return columns;
    }

    /** Names of codes the sheet uses, by vocabulary. */
    Map<Class<? extends Code>, Map<String, Code>> values() {
        return values;
    }

    /**
     * @param shown the file as messages name it
     */
    public static ColumnMapping read(Path file, String shown) throws ImportException {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new ImportException("import.error.not-found", shown);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(e, "import.error.read", shown, String.valueOf(e.getMessage()));
        }
        ParsedFile parsed = new SafeYamlParser().parse(shown, bytes);
        if (!parsed.problems().isEmpty()) {
            ReadProblem problem = parsed.problems().get(0);
            throw new ImportException("import.mapping.yaml", shown, problem.location().line(),
                    problem.location().column(), problem.message().key());
        }
        if (!(parsed.root() instanceof YamlNode.Mapping top)) {
            throw new ImportException("import.mapping.top", shown);
        }
        String sheet = null;
        String processesSheet = null;
        Integer headerRow = null;
        Map<String, Field> columns = new LinkedHashMap<>();
        Map<Class<? extends Code>, Map<String, Code>> values = new HashMap<>();
        for (YamlNode.Entry entry : top.entries()) {
            String key = entry.key().text();
            switch (key) {
                case "sheet" -> sheet = text(shown, entry.value());
                case "processes-sheet" -> processesSheet = text(shown, entry.value());
                case "header-row" -> headerRow = headerRow(shown, entry.value());
                case "columns" -> {
                    for (YamlNode.Entry column : mapping(shown, entry.value()).entries()) {
                        String fieldName = text(shown, column.value());
                        Optional<Field> field = Field.byKey(fieldName);
                        if (field.isEmpty()) {
                            throw new ImportException("import.mapping.unknown-field", shown, column.value().line(),
                                    column.value().column(), fieldName, String.join(", ", Field.keys()));
                        }
                        columns.put(LooseText.key(column.key().text()), field.get());
                    }
                }
                case "values" -> {
                    for (YamlNode.Entry vocabulary : mapping(shown, entry.value()).entries()) {
                        Class<? extends Code> type = Vocabulary.NAMES.get(vocabulary.key().text());
                        if (type == null) {
                            throw new ImportException("import.mapping.unknown-vocabulary", shown,
                                    vocabulary.key().line(), vocabulary.key().column(), vocabulary.key().text(),
                                    String.join(", ", Vocabulary.NAMES.keySet().stream().sorted().toList()));
                        }
                        for (YamlNode.Entry name : mapping(shown, vocabulary.value()).entries()) {
                            String code = text(shown, name.value());
                            Code found = code(type, code);
                            if (found == null) {
                                throw new ImportException("import.mapping.unknown-code", shown, name.value().line(),
                                        name.value().column(), code, vocabulary.key().text(), codes(type));
                            }
                            values.computeIfAbsent(type, t -> new LinkedHashMap<>()).put(name.key().text(), found);
                        }
                    }
                }
                default -> throw new ImportException("import.mapping.unknown-key", shown, entry.key().line(),
                        entry.key().column(), key, String.join(", ", KEYS));
            }
        }
        return new ColumnMapping(sheet, processesSheet, headerRow, Map.copyOf(columns), Map.copyOf(values));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Code code(Class<? extends Code> type, String text) {
        return (Code) Codes.find((Class) type, text).orElse(null);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String codes(Class<? extends Code> type) {
        return String.join(", ", (List<String>) Codes.all((Class) type));
    }

    private static YamlNode.Mapping mapping(String shown, YamlNode node) throws ImportException {
        if (node instanceof YamlNode.Mapping mapping) {
            return mapping;
        }
        throw new ImportException("import.mapping.not-mapping", shown, node.line(), node.column());
    }

    private static String text(String shown, YamlNode node) throws ImportException {
        if (node instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            return scalar.text();
        }
        throw new ImportException("import.mapping.not-text", shown, node.line(), node.column());
    }

    private static Integer headerRow(String shown, YamlNode node) throws ImportException {
        String text = text(shown, node);
        try {
            int row = Integer.parseInt(text.strip());
            if (row >= 1) {
                return row;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ImportException("import.mapping.header-row", shown, node.line(), node.column());
    }
}
