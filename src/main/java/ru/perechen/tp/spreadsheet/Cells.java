package ru.perechen.tp.spreadsheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.perechen.tp.model.Assessment;
import ru.perechen.tp.model.Basis;
import ru.perechen.tp.model.BasisType;
import ru.perechen.tp.model.Code;
import ru.perechen.tp.model.Location;
import ru.perechen.tp.model.Message;
import ru.perechen.tp.model.Origin;
import ru.perechen.tp.model.PointKind;
import ru.perechen.tp.model.Requirement;

/**
 * The cells of one row read as the register's values, field by field. What a cell holds but
 * cannot be read as its field's value becomes a message naming the column, and the value is
 * {@code null}; the caller decides whether that costs the row.
 */
final class Cells {

    private static final Pattern POINT_ID = Pattern.compile("(?i)(?:TP|ТП)[-‐–\\s]?([0-9]+)");
    private static final Pattern PROCESS_ID = Pattern.compile("(?i)(?:PR|ПР)[-‐–\\s]?([0-9]+)");
    private static final Pattern LETTER = Pattern.compile("([а-яё])[).]\\s*(.*)", Pattern.DOTALL);
    private static final String[] ASSESSMENT_SEPARATORS = {":", " — ", " – ", " - "};

    private final Columns columns;
    private final Vocabulary vocabulary;
    private final Sheet.Row row;
    private final List<Message> problems = new ArrayList<>();

    Cells(Columns columns, Vocabulary vocabulary, Sheet.Row row) {
        this.columns = columns;
        this.vocabulary = vocabulary;
        this.row = row;
    }

    List<Message> problems() {
        return problems;
    }

    /** The same row read again with no problems yet, for a part of it whose problems count apart. */
    Cells fresh() {
        return new Cells(columns, vocabulary, row);
    }

    int row() {
        return row.number();
    }

    boolean has(Field field) {
        return columns.has(field);
    }

    String header(Field field) {
        return columns.header(field);
    }

    void problem(String key, Object... args) {
        problems.add(Message.of(key, args));
    }

    String text(Field field) {
        return columns.value(row, field);
    }

    <E extends Code> E code(Field field, Class<E> type) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        Optional<E> code = vocabulary.find(type, text);
        if (code.isEmpty()) {
            unknown(field, type, text);
            return null;
        }
        return code.get();
    }

    /** The codes a cell lists; {@code null} when the column is absent or the cell empty. */
    <E extends Code> List<E> codes(Field field, Class<E> type) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        Vocabulary.Listed<E> listed = vocabulary.list(type, text);
        listed.unknown().forEach(piece -> unknown(field, type, piece));
        return listed.codes();
    }

    private <E extends Code> void unknown(Field field, Class<E> type, String text) {
        Optional<E> closest = vocabulary.closest(type, text);
        if (closest.isPresent()) {
            problem("import.row.unknown-value-suggest", header(field), text, closest.get());
        } else {
            problem("import.row.unknown-value", header(field), text);
        }
    }

    Boolean bool(Field field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        Optional<Boolean> value = Vocabulary.bool(text);
        if (value.isEmpty()) {
            problem("import.row.bad-boolean", header(field), text);
            return null;
        }
        return value.get();
    }

    /** A point id written as the format writes it ({@code TP-12}); {@code ТП-12}, {@code tp 12} forgiven. */
    String pointId(Field field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        Matcher id = POINT_ID.matcher(text);
        if (!id.matches()) {
            problem("import.row.bad-point-id", header(field), text);
            return null;
        }
        return "TP-" + id.group(1);
    }

    /** Process ids of a cell: one, or several separated by {@code ;}, {@code ,} or new lines. */
    List<String> processIds(Field field) {
        String text = text(field);
        List<String> ids = new ArrayList<>();
        if (text == null) {
            return ids;
        }
        for (String piece : text.split("[;,\\r\\n]+")) {
            String stripped = LooseText.strip(piece);
            if (stripped.isEmpty()) {
                continue;
            }
            String id = processId(stripped);
            if (id == null) {
                problem("import.row.bad-process-id", header(field), stripped);
            } else {
                ids.add(id);
            }
        }
        return ids;
    }

    /** The process id a text is, or {@code null}. */
    static String processId(String text) {
        Matcher id = PROCESS_ID.matcher(LooseText.strip(text));
        return id.matches() ? "PR-" + id.group(1) : null;
    }

    /** Names of a cell, one per line (names may hold commas and semicolons). */
    List<String> lines(Field field) {
        String text = text(field);
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        for (String line : text.split("[\\r\\n]+")) {
            String stripped = LooseText.strip(line);
            if (!stripped.isEmpty()) {
                lines.add(stripped);
            }
        }
        return lines;
    }

    /**
     * Assessments, one requirement per line (or separated by {@code ;}): «а) label: assessment» as
     * {@code tp publish} writes them, or «label — assessment», or codes. The letter alone names the
     * requirement when the label does not and the kind gives the channel.
     */
    Map<Requirement, Assessment> requirements(Field field, PointKind kind) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        Map<Requirement, Assessment> assessments = new EnumMap<>(Requirement.class);
        for (String raw : text.split("[\\r\\n;]+")) {
            String line = LooseText.strip(raw);
            if (line.isEmpty()) {
                continue;
            }
            String[] split = splitAssessment(line);
            if (split == null) {
                problem("import.row.bad-requirement", header(field), line);
                continue;
            }
            Requirement requirement = requirement(split[0], kind);
            if (requirement == null) {
                problem("import.row.unknown-requirement", header(field), split[0]);
                continue;
            }
            Optional<Assessment> assessment = vocabulary.find(Assessment.class, split[1]);
            if (assessment.isEmpty()) {
                unknown(field, Assessment.class, split[1]);
                continue;
            }
            assessments.put(requirement, assessment.get());
        }
        return assessments;
    }

    /** {requirement, assessment}: the split whose right side is an assessment, else the last colon's. */
    private String[] splitAssessment(String line) {
        String[] fallback = null;
        for (String separator : ASSESSMENT_SEPARATORS) {
            int at = line.lastIndexOf(separator);
            if (at <= 0) {
                continue;
            }
            String[] split = {LooseText.strip(line.substring(0, at)), LooseText.strip(line.substring(at + separator.length()))};
            if (vocabulary.find(Assessment.class, split[1]).isPresent()) {
                return split;
            }
            if (fallback == null) {
                fallback = split;
            }
        }
        return fallback;
    }

    private Requirement requirement(String text, PointKind kind) {
        Optional<Requirement> byName = vocabulary.find(Requirement.class, text);
        if (byName.isPresent()) {
            return byName.get();
        }
        Matcher letter = LETTER.matcher(text);
        if (!letter.matches()) {
            return null;
        }
        Optional<Requirement> byLabel = vocabulary.find(Requirement.class, letter.group(2));
        if (byLabel.isPresent()) {
            return byLabel.get();
        }
        if (kind == null) {
            return null;
        }
        return Requirement.of(kind.channel()).stream().filter(r -> r.letter().equals(letter.group(1)))
                .findFirst().orElse(null);
    }

    /**
     * Documents, one per line, as «kind of basis: title» ({@code tp publish}'s form) or just a title,
     * whose kind is then left for a person to fill in.
     */
    List<Basis> basis(Field field, String file) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        List<Basis> basis = new ArrayList<>();
        for (String raw : text.split("[\\r\\n]+")) {
            String line = LooseText.strip(raw);
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            Optional<BasisType> type = colon > 0
                    ? vocabulary.find(BasisType.class, line.substring(0, colon)) : Optional.empty();
            String title = type.isPresent() ? LooseText.strip(line.substring(colon + 1)) : line;
            basis.add(new Basis(type.orElse(null), title.isEmpty() ? null : title, Origin.of(Location.ofFile(file))));
        }
        return basis;
    }
}
