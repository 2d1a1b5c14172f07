package ru.perechen.tp.load;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import ru.perechen.tp.model.Code;
import ru.perechen.tp.model.Location;
import ru.perechen.tp.model.Message;
import ru.perechen.tp.model.Placeholders;
import ru.perechen.tp.model.ReadProblem;

/**
 * Compares a parsed file with its {@link Shape} and reports every difference as a located
 * {@link ReadProblem} for the {@code schema} rule: missing and unknown keys (with a did-you-mean),
 * values of the wrong type, unknown codes, text that does not match its pattern. Missing keys that
 * another rule covers are left to that rule.
 */
final class StructureCheck {

    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,9}");
    private static final Pattern BOOLEAN = Pattern.compile("true|false");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final String file;
    private final List<ReadProblem> problems;

    StructureCheck(String file, List<ReadProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    void check(YamlNode node, Shape shape, FieldPath path) {
        if (node instanceof YamlNode.Scalar scalar && Placeholders.is(scalar.text())
                && !(shape instanceof Shape.Fields) && !(shape instanceof Shape.CodeMap)) {
            problems.add(new ReadProblem(ReadProblem.Kind.PLACEHOLDER, new Location(file, node.line(), node.column()),
                    Message.of("placeholder", path.toString(), scalar.text()), null));
            return;
        }
        if (shape instanceof Shape.Fields fields) {
            checkFields(node, fields, path);
        } else if (shape instanceof Shape.ListOf list) {
            checkList(node, list, path);
        } else if (shape instanceof Shape.CodeMap map) {
            checkCodeMap(node, map, path);
        } else if (shape instanceof Shape.TextMap) {
            checkTextMap(node, path);
        } else if (shape instanceof Shape.Text text) {
            checkText(node, text, path);
        } else if (shape instanceof Shape.CodeOf code) {
            checkCode(node, code.vocabulary(), path);
        } else if (shape instanceof Shape.Bool) {
            checkScalar(node, path, BOOLEAN, "expected-boolean", "hint.boolean");
        } else if (shape instanceof Shape.Whole) {
            checkScalar(node, path, WHOLE, "expected-number", "hint.number");
        } else if (shape instanceof Shape.Date) {
            checkDate(node, path);
        }
    }

    private void checkFields(YamlNode node, Shape.Fields shape, FieldPath path) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problem(node, "expected-mapping", "hint.mapping", path);
            return;
        }
        List<String> allowed = shape.fields().stream().map(Shape.Field::name).toList();
        for (YamlNode.Entry entry : mapping.entries()) {
            String key = entry.key().text();
            Shape.Field field = shape.field(key);
            if (field == null) {
                Optional<String> suggestion = Suggestions.closest(key, allowed);
                add(entry.key(), Message.of("unknown-key", key, path.toString()),
                        suggestion.map(s -> Message.of("hint.did-you-mean", s))
                                .orElse(Message.of("hint.allowed-keys", String.join(", ", allowed))));
                continue;
            }
            YamlNode value = entry.value();
            if (value instanceof YamlNode.Scalar scalar && scalar.isNull()) {
                if ("schema".equals(field.missingRule())) {
                    add(entry.key(), Message.of("empty-value", path.child(key).toString()), Message.of("hint.fill-value"));
                }
                continue;
            }
            check(value, field.shape(), path.child(key));
        }
        for (Shape.Field field : shape.fields()) {
            if ("schema".equals(field.missingRule()) && mapping.get(field.name()) == null) {
                add(mapping, Message.of("missing-field", path.child(field.name()).toString()), Message.of("hint.add-field",
                        field.name()));
            }
        }
    }

    private void checkList(YamlNode node, Shape.ListOf shape, FieldPath path) {
        if (!(node instanceof YamlNode.Sequence sequence)) {
            problem(node, "expected-list", "hint.list", path);
            return;
        }
        if (shape.nonEmpty() && sequence.items().isEmpty()) {
            problem(node, "empty-list", "hint.fill-list", path);
        }
        List<YamlNode> items = sequence.items();
        for (int i = 0; i < items.size(); i++) {
            YamlNode item = items.get(i);
            if (item instanceof YamlNode.Scalar scalar && scalar.isNull()) {
                problem(item, "empty-item", "hint.fill-value", path.item(i));
                continue;
            }
            check(item, shape.item(), path.item(i));
        }
    }

    private void checkCodeMap(YamlNode node, Shape.CodeMap shape, FieldPath path) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problem(node, "expected-mapping", "hint.mapping", path);
            return;
        }
        List<String> allowedKeys = codesOf(shape.keys());
        for (YamlNode.Entry entry : mapping.entries()) {
            String key = entry.key().text();
            if (!allowedKeys.contains(key)) {
                Optional<String> suggestion = Suggestions.closest(key, allowedKeys);
                add(entry.key(), Message.of("unknown-key", key, path.toString()),
                        suggestion.map(s -> Message.of("hint.did-you-mean", s))
                                .orElse(Message.of("hint.allowed-keys", String.join(", ", allowedKeys))));
                continue;
            }
            check(entry.value(), new Shape.CodeOf(shape.values()), path.child(key));
        }
    }

    private void checkTextMap(YamlNode node, FieldPath path) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problem(node, "expected-mapping", "hint.mapping", path);
            return;
        }
        for (YamlNode.Entry entry : mapping.entries()) {
            checkText(entry.value(), Shape.Text.any(), path.child(entry.key().text()));
        }
    }

    private void checkText(YamlNode node, Shape.Text shape, FieldPath path) {
        if (!(node instanceof YamlNode.Scalar scalar)) {
            problem(node, "expected-text", "hint.text", path);
            return;
        }
        if (scalar.isNull()) {
            problem(node, "empty-value", "hint.fill-value", path);
            return;
        }
        if (shape.pattern() != null && !shape.pattern().matcher(scalar.text()).matches()) {
            add(node, Message.of("pattern", path.toString(), scalar.text()), Message.of("hint.pattern." + shape.patternHint()));
        }
    }

    private void checkCode(YamlNode node, Class<? extends Code> vocabulary, FieldPath path) {
        if (!(node instanceof YamlNode.Scalar scalar)) {
            problem(node, "expected-code", "hint.text", path);
            return;
        }
        List<String> allowed = codesOf(vocabulary);
        if (scalar.isNull()) {
            // An assessment left empty (as tp new leaves one for a person) is unfilled, not an unknown code.
            add(node, Message.of("empty-value", path.toString()), Message.of("hint.allowed-codes", String.join(", ", allowed)));
            return;
        }
        if (!allowed.contains(scalar.text())) {
            Optional<String> suggestion = Suggestions.closest(scalar.text(), allowed);
            add(node, Message.of("unknown-code", scalar.text(), path.toString()),
                    suggestion.map(s -> Message.of("hint.did-you-mean", s))
                            .orElse(Message.of("hint.allowed-codes", String.join(", ", allowed))));
        }
    }

    private void checkScalar(YamlNode node, FieldPath path, Pattern pattern, String messageId, String hintId) {
        if (!(node instanceof YamlNode.Scalar scalar) || !scalar.plain() || !pattern.matcher(scalar.text()).matches()) {
            add(node, Message.of(messageId, path.toString(), node instanceof YamlNode.Scalar s ? s.text() : "…"),
                    Message.of(hintId));
        }
    }

    private void checkDate(YamlNode node, FieldPath path) {
        if (!(node instanceof YamlNode.Scalar scalar) || !DATE.matcher(scalar.text()).matches()) {
            problem(node, "expected-date", "hint.date", path);
            return;
        }
        try {
            LocalDate.parse(scalar.text());
        } catch (DateTimeParseException e) {
            problem(node, "expected-date", "hint.date", path);
        }
    }

    private void problem(YamlNode node, String messageId, String hintId, FieldPath path) {
        add(node, Message.of(messageId, path.toString()), Message.of(hintId));
    }

    private void add(YamlNode node, Message message, Message hint) {
        problems.add(new ReadProblem(ReadProblem.Kind.STRUCTURE, new Location(file, node.line(), node.column()),
                message, hint));
    }

    private static final java.util.Map<Class<?>, List<String>> CODES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The codes of a vocabulary, listed once per vocabulary: the check runs for every code in every file. */
    static List<String> codesOf(Class<? extends Code> vocabulary) {
        return CODES.computeIfAbsent(vocabulary, type -> {
            List<String> codes = new ArrayList<>();
            for (Code code : vocabulary.getEnumConstants()) {
                codes.add(code.code());
            }
            return List.copyOf(codes);
        });
    }
}
